namespace CpdTwitter.Domain.Publishing;

/// <summary>
/// A district's one authorized X account (III.D), connected by ISD. The access token and secret are stored
/// already encrypted (Data Protection) — this type never sees them in the clear.
/// </summary>
public sealed class XAccountConnection : Districts.IDistrictOwned
{
    private XAccountConnection()
    {
        ProtectedAccessToken = ProtectedAccessTokenSecret = ConnectedBy = string.Empty;
    }

    public XAccountConnection(int district, string protectedAccessToken, string protectedAccessTokenSecret, string connectedBy, DateTime nowUtc)
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

    public string ConnectedBy { get; private set; }

    public DateTime ConnectedAt { get; private set; }

    public DateTime? LastCheckedAt { get; private set; }

    /// <summary>X answered 401: publishing for the district is held until ISD reconnects the account.</summary>
    public DateTime? NeedsReconnectSince { get; private set; }

    public string? NeedsReconnectReason { get; private set; }

    /// <summary>X answered 429: nothing is sent for the district before this time.</summary>
    public DateTime? RateLimitedUntil { get; private set; }

    public bool NeedsReconnect => NeedsReconnectSince is not null;

    public void Reconnect(string protectedAccessToken, string protectedAccessTokenSecret, string connectedBy, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedAccessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedAccessTokenSecret);
        ProtectedAccessToken = protectedAccessToken;
        ProtectedAccessTokenSecret = protectedAccessTokenSecret;
        ConnectedBy = connectedBy;
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
