namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>
/// The <c>Email</c> section: each in-app notification is also e-mailed, through an SMTP server or, where
/// <see cref="PickupDirectory"/> is set (Development), written as an .eml file so nothing leaves the machine.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "CpdTwitter <cpdtwitter-noreply@chicagopolice.org>";

    /// <summary>Write messages here instead of sending them (absolute, or relative to the data folder).</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>STARTTLS on the submission port (the default); false only for a relay on a trusted network.</summary>
    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    public double PollSeconds { get; set; } = 15;

    public int MaxAttempts { get; set; } = 8;

    public bool Configured => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(SmtpHost);
}
