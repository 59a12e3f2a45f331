using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Infrastructure.Representatives;

/// <summary>Section <c>Registry</c>: the department's identifier formats.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    public int EmployeeNumberLength { get; set; } = EmployeeNumber.DefaultLength;

    public string EmailDomain { get; set; } = DepartmentEmail.DefaultDomain;
}
