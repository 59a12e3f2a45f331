namespace CpdTwitter.Domain.Representatives;

/// <summary>
/// What a commander submits to the Office of News Affairs for each representative (directive V.A.2):
/// name, rank, star number, employee number, log-on ID and Department e-mail. The log-on ID is the
/// member's own account, so the registry and sign-in are one person.
/// </summary>
public sealed record RepresentativeDetails(
    string UserId,
    string LogOnId,
    string Name,
    string Rank,
    StarNumber Star,
    EmployeeNumber EmployeeNumber,
    DepartmentEmail Email)
{
    public const int NameMaxLength = 128;
    public const int RankMaxLength = 64;

    public static RepresentativeDetails Create(string userId, string logOnId, string name, string rank, StarNumber star, EmployeeNumber employeeNumber, DepartmentEmail email)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(logOnId))
        {
            throw new DomainException("Choose the member's log-on ID.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"Enter the member's name (at most {NameMaxLength} characters).");
        }

        if (string.IsNullOrWhiteSpace(rank) || rank.Trim().Length > RankMaxLength)
        {
            throw new DomainException("Choose the member's rank.");
        }

        return new RepresentativeDetails(userId, logOnId.Trim(), name.Trim(), rank.Trim(), star, employeeNumber, email);
    }

    /// <summary>
    /// The member's name as the account gives it, without leading abbreviated titles ("P.O.", "Sgt.", "Cmdr."):
    /// the registry records the rank apart.
    /// </summary>
    public static string NameFromAccount(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        var words = Words(accountName);
        var start = 0;
        while (start < words.Length - 1 && words[start].Length >= 3 && words[start].EndsWith('.'))
        {
            start++;
        }

        return string.Join(' ', words[start..]);
    }

    /// <summary>
    /// Whether a name a commander typed names the account's holder: the account's name with or without its title,
    /// ignoring case and spacing. Anything else is another person's name (issue #11, finding 6).
    /// </summary>
    public static bool NameMatchesAccount(string? entered, string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        var typed = string.Join(' ', Words(entered ?? string.Empty));
        return typed.Length > 0
            && (string.Equals(typed, string.Join(' ', Words(accountName)), StringComparison.OrdinalIgnoreCase)
                || string.Equals(typed, NameFromAccount(accountName), StringComparison.OrdinalIgnoreCase));
    }

    private static string[] Words(string value) => value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
