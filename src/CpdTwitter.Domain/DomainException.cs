namespace CpdTwitter.Domain;

/// <summary>A rule of the directive or of the product was broken; the message is written for the person who tried.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException() { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The input field the message belongs next to, when one does (e.g. <c>Justification</c>).</summary>
    public string? Field { get; private init; }

    public static DomainException For(string field, string message) => new(message) { Field = field };
}
