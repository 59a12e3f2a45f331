namespace CpdTwitter.Domain.Records;

/// <summary>The only reasons for which 5 ILCS 140/3(e) lets a public body extend its time to respond, (i) to (vii).</summary>
public enum FoiaExtensionReason
{
    OtherLocations = 1,
    SubstantialNumber = 2,
    CategoricalTerms = 3,
    NotLocated = 4,
    ExemptionReview = 5,
    UndueBurden = 6,
    Consultation = 7,
}

public static class FoiaExtensionReasons
{
    public static IReadOnlyList<FoiaExtensionReason> All { get; } = Enum.GetValues<FoiaExtensionReason>();

    public static string DisplayName(this FoiaExtensionReason reason) => reason switch
    {
        FoiaExtensionReason.OtherLocations => "(i) The records are stored at other locations",
        FoiaExtensionReason.SubstantialNumber => "(ii) A substantial number of records must be collected",
        FoiaExtensionReason.CategoricalTerms => "(iii) The request is in categorical terms and needs an extensive search",
        FoiaExtensionReason.NotLocated => "(iv) The records were not found in a routine search; more efforts are being made",
        FoiaExtensionReason.ExemptionReview => "(v) The records must be examined for exemptions under Section 7",
        FoiaExtensionReason.UndueBurden => "(vi) Complying in time would unduly burden the department's operations",
        FoiaExtensionReason.Consultation => "(vii) Consultation with another public body or component is needed",
        _ => reason.ToString(),
    };
}

public enum FoiaOutcome
{
    Granted = 0,
    GrantedInPart = 1,
    Denied = 2,
    NoResponsiveRecords = 3,
    Withdrawn = 4,
}

public static class FoiaOutcomes
{
    public static IReadOnlyList<FoiaOutcome> All { get; } = Enum.GetValues<FoiaOutcome>();

    public static string DisplayName(this FoiaOutcome outcome) => outcome switch
    {
        FoiaOutcome.Granted => "Granted",
        FoiaOutcome.GrantedInPart => "Granted in part",
        FoiaOutcome.Denied => "Denied",
        FoiaOutcome.NoResponsiveRecords => "No responsive records",
        FoiaOutcome.Withdrawn => "Withdrawn by the requester",
        _ => outcome.ToString(),
    };
}
