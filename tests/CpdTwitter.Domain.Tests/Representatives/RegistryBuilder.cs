using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Domain.Tests.Representatives;

/// <summary>Valid representative details by default; tests change only what they are about.</summary>
public static class A
{
    public static RepresentativeDetails Representative(string userId = "u-grant", string name = "Aisha Grant", string star = "12345", string employee = "654321") =>
        RepresentativeDetails.Create(userId, userId.Replace("u-", "po.", StringComparison.Ordinal), name, "Police Officer",
            StarNumber.Create(star), EmployeeNumber.Create(employee), DepartmentEmail.Create($"{userId}@chicagopolice.org"));
}
