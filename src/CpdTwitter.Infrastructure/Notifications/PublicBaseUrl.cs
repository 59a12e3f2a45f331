namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>
/// <c>App:PublicBaseUrl</c>: the address people open the app at (e.g. https://cpdtwitter.chicagopolice.org), from which
/// e-mails build links a mail program can open. Checked at start-up: an absolute http or https address without query or
/// fragment. Required wherever e-mail is configured, except in Development, where it defaults to the local address.
/// </summary>
public sealed record PublicBaseUrl(Uri? Address)
{
    public const string Key = "App:PublicBaseUrl";

    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>The absolute address of an in-app path ("/Posts/…"), kept under any path the base has; the path itself when no base is known.</summary>
    public string Link(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Address is null ? path : Address.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path.TrimStart('/');
    }

    /// <param name="configured">The configured value, if any.</param>
    /// <param name="development">In Development a missing value falls back to <paramref name="localUrls"/>, then <see cref="DevelopmentDefault"/>.</param>
    /// <param name="localUrls">The addresses Kestrel listens on (<c>urls</c>, ';'-separated), for the Development default.</param>
    /// <param name="emailConfigured">Whether messages with links will be sent (then a base is required outside Development).</param>
    public static PublicBaseUrl Resolve(string? configured, bool development, string? localUrls, bool emailConfigured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new StartupException($"{Key} must be the app's absolute http or https address, such as https://cpdtwitter.chicagopolice.org (no query, fragment or user name); '{configured}' is not.");
            }

            return new PublicBaseUrl(uri);
        }

        if (development)
        {
            return new PublicBaseUrl(new Uri(LocalAddress(localUrls) ?? DevelopmentDefault));
        }

        return emailConfigured
            ? throw new StartupException($"{Key} is required when e-mail is configured (Email:SmtpHost or Email:PickupDirectory): e-mails link to the app at that address.")
            : new PublicBaseUrl((Uri?)null);
    }

    // The first address Kestrel listens on, with a wildcard host read as localhost ("http://*:5080" → "http://localhost:5080").
    private static string? LocalAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
    }
}
