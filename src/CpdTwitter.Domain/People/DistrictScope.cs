namespace CpdTwitter.Domain.People;

/// <summary>
/// The districts whose data a member may see: one district (its representatives, sergeant and commander), every
/// district (News Affairs and ISD), or none (a member with no district role).
/// </summary>
public readonly record struct DistrictScope
{
    private DistrictScope(bool everyDistrict, int? district)
    {
        EveryDistrict = everyDistrict;
        District = district;
    }

    public static DistrictScope Department { get; } = new(true, null);

    public static DistrictScope None { get; } = new(false, null);

    public bool EveryDistrict { get; }

    /// <summary>The one district in scope, when the scope is a district.</summary>
    public int? District { get; }

    public static DistrictScope Of(int district) => new(false, district);

    public bool Includes(int district) => EveryDistrict || District == district;
}
