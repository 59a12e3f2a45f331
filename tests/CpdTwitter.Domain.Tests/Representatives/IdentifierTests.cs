using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Domain.Tests.Representatives;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("123456")]
    [InlineData(" 4521 ")]
    public void Star_numbers_are_one_to_six_digits(string value)
    {
        StarNumber.Create(value).Value.ShouldBe(value.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("12a4")]
    [InlineData("١٢٣")]
    [InlineData(null)]
    public void Other_star_numbers_are_refused(string? value)
    {
        Should.Throw<DomainException>(() => StarNumber.Create(value)).Message.ShouldBe("A star number is 1 to 6 digits.");
    }

    [Fact]
    public void Employee_numbers_have_the_configured_length()
    {
        EmployeeNumber.Create("012345").Value.ShouldBe("012345");
        EmployeeNumber.Create("01234567", 8).Value.ShouldBe("01234567");
        Should.Throw<DomainException>(() => EmployeeNumber.Create("12345")).Message.ShouldBe("An employee number is exactly 6 digits.");
        Should.Throw<DomainException>(() => EmployeeNumber.Create("12345x")).Message.ShouldBe("An employee number is exactly 6 digits.");
    }

    [Fact]
    public void Department_email_must_be_in_the_department_domain()
    {
        DepartmentEmail.Create("Aisha.Grant@ChicagoPolice.org").Value.ShouldBe("aisha.grant@chicagopolice.org");
        Should.Throw<DomainException>(() => DepartmentEmail.Create("aisha@gmail.com")).Message.ShouldBe("Use the member's Department e-mail address (…@chicagopolice.org).");
        Should.Throw<DomainException>(() => DepartmentEmail.Create("not an address")).Message.ShouldBe("Enter a valid e-mail address.");
        Should.Throw<DomainException>(() => DepartmentEmail.Create("a@chicagopolice.org.evil.com")).Message.ShouldBe("Use the member's Department e-mail address (…@chicagopolice.org).");
        DepartmentEmail.Create("a@cpd.example", "cpd.example").Value.ShouldBe("a@cpd.example");
    }
}
