namespace CpdTwitter.Domain;

/// <summary>A rule of the directive or of the product was broken; the message is written for the person who tried.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException() { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }
}
