namespace CpdTwitter.Domain.Districts;

/// <summary>Data that belongs to one district: read and changed only through that district's scope.</summary>
public interface IDistrictOwned
{
    int District { get; }
}
