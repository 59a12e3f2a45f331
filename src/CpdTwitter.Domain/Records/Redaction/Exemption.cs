namespace CpdTwitter.Domain.Records.Redaction;

/// <summary>The Illinois FOIA exemptions (5 ILCS 140/7) a public-records export applies.</summary>
public enum Exemption
{
    /// <summary>7(1)(b): private information — personal e-mail addresses, telephone numbers, home addresses.</summary>
    PrivateInformation = 0,

    /// <summary>7(1)(c): personal privacy — employee numbers, log-on IDs, notes marked internal.</summary>
    PersonalPrivacy = 1,
}

public static class Exemptions
{
    /// <summary>The section as cited in the package and the redaction log: "7(1)(b)".</summary>
    public static string Section(this Exemption exemption) => exemption switch
    {
        Exemption.PrivateInformation => "7(1)(b)",
        Exemption.PersonalPrivacy => "7(1)(c)",
        _ => throw new ArgumentOutOfRangeException(nameof(exemption)),
    };

    public static string Citation(this Exemption exemption) => "5 ILCS 140/" + exemption.Section();

    /// <summary>What replaces a redacted value: "[redacted 7(1)(b)]".</summary>
    public static string Replacement(this Exemption exemption) => "[redacted " + exemption.Section() + "]";
}
