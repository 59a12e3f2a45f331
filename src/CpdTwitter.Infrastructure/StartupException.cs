namespace CpdTwitter.Infrastructure;

/// <summary>The app cannot start as configured; the message is the one line an operator needs.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException(string message, Exception innerException) : base(message, innerException) { }

    public StartupException() { }
}
