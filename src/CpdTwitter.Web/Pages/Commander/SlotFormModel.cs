namespace CpdTwitter.Web.Pages.Commander;

/// <summary>One slot's appoint/replace form. Both slots' forms share field names, so only the posted one shows messages.</summary>
public sealed record SlotFormModel(int Slot, bool Occupied, SlotInput Input, bool ShowErrors, IReadOnlyList<string> Ranks)
{
    public string Id(string field) => $"slot{Slot}-{field}";

    public string? Value(string field) => field switch
    {
        nameof(SlotInput.LogOnId) => Input.LogOnId,
        nameof(SlotInput.Name) => Input.Name,
        nameof(SlotInput.StarNumber) => Input.StarNumber,
        nameof(SlotInput.EmployeeNumber) => Input.EmployeeNumber,
        nameof(SlotInput.Email) => Input.Email,
        nameof(SlotInput.Reason) => Input.Reason,
        nameof(SlotInput.EffectiveDate) => Input.EffectiveDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>What the commander needs to know about a field, shown under it.</summary>
    public static string? Hint(string field) => field switch
    {
        nameof(SlotInput.LogOnId) => "The member's own account: it must be an enabled Representative account of this district.",
        nameof(SlotInput.Name) => "Leave blank to take the name from the member's account; if you type it, it must match the account.",
        nameof(SlotInput.Email) => "Leave blank to take the Department e-mail from the member's account; if you type it, it must match the account.",
        _ => null,
    };

    public static IReadOnlyList<(string Field, string Label, string Type)> DetailFields { get; } =
    [
        (nameof(SlotInput.LogOnId), "Log-on ID", "text"),
        (nameof(SlotInput.Name), "Name", "text"),
        (nameof(SlotInput.StarNumber), "Star number", "text"),
        (nameof(SlotInput.EmployeeNumber), "Employee number", "text"),
        (nameof(SlotInput.Email), "Department e-mail", "email"),
    ];

    public static IReadOnlyList<(string Field, string Label, string Type)> ReplacementFields { get; } =
    [
        (nameof(SlotInput.EffectiveDate), "Effective date", "date"),
        (nameof(SlotInput.Reason), "Reason for the replacement", "text"),
    ];
}
