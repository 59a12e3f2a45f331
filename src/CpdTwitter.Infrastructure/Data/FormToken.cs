using System.Security.Cryptography;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// A one-time form token (issue #11, finding 8): each rendering of a form that creates something carries a fresh random
/// token; the first request that carries it stores it, in the same transaction as what it made, under a unique key, and
/// any later or simultaneous request with the same token fails on that key and is shown the first request's result
/// instead of making a second post. The token is no secret (antiforgery guards the form); it only names one sending.
/// </summary>
public sealed class FormToken
{
    public const int TokenLength = 32;

    /// <summary>How long a used token is kept: a form sent again after that is taken as new.</summary>
    public const int KeepDays = 7;

    public const string Compose = "post.compose";

    private FormToken()
    {
        Token = UserId = Purpose = ResultId = string.Empty;
    }

    public FormToken(string token, string userId, string purpose, string resultId, DateTime usedAtUtc)
        : this()
    {
        Token = token;
        UserId = userId;
        Purpose = purpose;
        ResultId = resultId;
        UsedAt = usedAtUtc;
    }

    public string Token { get; private set; }

    public string UserId { get; private set; }

    public string Purpose { get; private set; }

    /// <summary>The id of what the first request made or changed (a post's id).</summary>
    public string ResultId { get; private set; }

    public DateTime UsedAt { get; private set; }

    /// <summary>A new token for a form being rendered: 128 random bits as 32 lower-case hex digits.</summary>
    public static string Issue() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenLength / 2));

    public static bool IsWellFormed(string? token) => token is { Length: TokenLength } && token.All(char.IsAsciiHexDigitLower);
}
