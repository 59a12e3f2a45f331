using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Publishing;

/// <summary>
/// A district's one authorized X account (III.D), connected by ISD. The access token and secret are stored
/// already encrypted (Data Protection) — this type never sees them in the clear.
/// </summary>
public sealed class XAccountConnection : Districts.IDistrictOwned
{
    private XAccountConnection()
    {
        ProtectedAccessToken = ProtectedAccessTokenSecret = ConnectedById = ConnectedByName = string.Empty;
    }

    public XAccountConnection(int district, string protectedAccessToken, string protectedAccessTokenSecret, Actor connectedBy, DateTime nowUtc)
        : this()
    {
        District = district;
        Reconnect(protectedAccessToken, protectedAccessTokenSecret, connectedBy, nowUtc);
    }

    public int District { get; private set; }

    /// <summary>The X handle, learnt from GET /2/users/me when the connection is tested.</summary>
    public string? Handle { get; private set; }

    public string? XUserId { get; private set; }

    public string ProtectedAccessToken { get; private set; }

    public string ProtectedAccessTokenSecret { get; private set; }

    /// <summary>The account id of the ISD administrator who last connected the account.</summary>
    public string ConnectedById { get; private set; }

    public string ConnectedByName { get; private set; }

    public DateTime ConnectedAt { get; private set; }

    public DateTime? LastCheckedAt { get; private set; }

    /// <summary>X answered 401: publishing for the district is held until ISD reconnects the account.</summary>
    public DateTime? NeedsReconnectSince { get; private set; }

    public string? NeedsReconnectReason { get; private set; }

    /// <summary>X answered 429: nothing is sent for the district before this time.</summary>
    public DateTime? RateLimitedUntil { get; private set; }

    public bool NeedsReconnect => NeedsReconnectSince is not null;

    public void Reconnect(string protectedAccessToken, string protectedAccessTokenSecret, Actor connectedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(connectedBy);
        if (!connectedBy.Is(Roles.IsdAdministrator))
        {
            throw new DomainException("Only ISD connects a district's X account.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(protectedAccessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedAccessTokenSecret);
        ProtectedAccessToken = protectedAccessToken;
        ProtectedAccessTokenSecret = protectedAccessTokenSecret;
        ConnectedById = connectedBy.UserId;
        ConnectedByName = connectedBy.Name;
        ConnectedAt = nowUtc;
        NeedsReconnectSince = null;
        NeedsReconnectReason = null;
        RateLimitedUntil = null;
        Handle = null;
        XUserId = null;
    }

    public void Verified(string xUserId, string handle, DateTime nowUtc)
    {
        XUserId = xUserId;
        Handle = handle;
        LastCheckedAt = nowUtc;
        NeedsReconnectSince = null;
        NeedsReconnectReason = null;
    }

    public void Unauthorized(string reason, DateTime nowUtc)
    {
        NeedsReconnectSince ??= nowUtc;
        NeedsReconnectReason = reason;
    }

    public void RateLimited(DateTime untilUtc) => RateLimitedUntil = untilUtc;
}
