namespace CpdTwitter.Domain.Records.Redaction;

/// <summary>One value taken out of a text: what kind of value it was (never the value itself) and the exemption applied.</summary>
public sealed record Redaction(string Kind, Exemption Exemption);

/// <summary>A text after redaction, and what was taken out of it, in order.</summary>
public sealed record RedactedText(string Text, IReadOnlyList<Redaction> Redactions)
{
    public bool Changed => Redactions.Count > 0;
}
