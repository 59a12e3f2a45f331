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
}
