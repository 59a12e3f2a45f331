namespace CpdTwitter.Domain.Publishing;

/// <summary>Why a district's queue is not being sent right now, in words for the people watching it.</summary>
public sealed record PublishingHold(string Reason, DateTime? UntilUtc = null)
{
    public static PublishingHold? For(PublishingSwitch? department, PublishingSwitch? district, XAccountConnection? account, bool sandbox, DateTime nowUtc)
    {
        if (department is { IsPaused: true })
        {
            return new($"Publishing is paused for the whole department by {department.PausedByName}: {department.PauseReason}");
        }

        if (district is { IsPaused: true })
        {
            return new($"Publishing is paused for this district by {district.PausedByName}: {district.PauseReason}");
        }

        if (sandbox)
        {
            return null;
        }

        if (account is null)
        {
            return new("The district's X account is not connected yet: ISD connects it in Admin → X accounts.");
        }

        if (account.NeedsReconnect)
        {
            return new("X no longer accepts the district account's credentials: ISD must reconnect it in Admin → X accounts.");
        }

        return account.RateLimitedUntil is { } until && until > nowUtc
            ? new("X's rate limit for the account was reached; posts wait until it resets.", until)
            : null;
    }
}
