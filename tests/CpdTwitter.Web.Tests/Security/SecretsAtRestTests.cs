using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>CJIS / issue 11: the authenticator key is encrypted and recovery codes are hashed in AspNetUserTokens.</summary>
public sealed class SecretsAtRestTests(MfaClockFactory factory) : IClassFixture<MfaClockFactory>
{
    private Task<string?> RawTokenAsync(string userId, string name) =>
        factory.WithServiceAsync<string?, CpdTwitterDbContext>(db => db.Database
            .SqlQuery<string>($"SELECT \"Value\" AS \"Value\" FROM \"AspNetUserTokens\" WHERE \"UserId\" = {userId} AND \"LoginProvider\" = '[AspNetUserStore]' AND \"Name\" = {name}")
            .SingleOrDefaultAsync());

    [Fact]
    public async Task The_stored_key_is_not_the_key_and_the_stored_codes_are_not_the_codes()
    {
        var id = await factory.CreateUserAsync("po.atrest", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var enrol = await browser.SignInAsync("po.atrest");
        var key = enrol.Text("#authenticator-key").Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var done = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = Totp.Code(key, factory.Time.GetUtcNow()) });
        var codes = done.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

        var storedKey = await RawTokenAsync(id, "AuthenticatorKey");
        storedKey.ShouldNotBeNull();
        storedKey.ShouldStartWith("dp1:");
        storedKey.ShouldNotContain(key, Case.Insensitive);
        var storedCodes = await RawTokenAsync(id, "RecoveryCodes");
        storedCodes.ShouldNotBeNull();
        storedCodes.ShouldStartWith("sha256:");
        storedCodes["sha256:".Length..].Split(';').Length.ShouldBe(10);
        codes.Count.ShouldBe(10);
        foreach (var code in codes)
        {
            code.ShouldMatch("^[23456789BCDFGHJKMNPQRTVWXY]{4}(-[23456789BCDFGHJKMNPQRTVWXY]{4}){3}$");
            storedCodes.ShouldNotContain(code, Case.Insensitive);
            storedCodes.ShouldNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), Case.Insensitive);
        }

        // Typed in lower case with spaces, a code still works once, and the count goes down.
        await browser.SignOutAsync();
        await browser.SignInAsync("po.atrest");
        await browser.SubmitAsync("/Account/Recovery", new Dictionary<string, string> { ["Code"] = codes[3].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        browser.Path.ShouldBe("/");
        (await RawTokenAsync(id, "RecoveryCodes"))!["sha256:".Length..].Split(';').Length.ShouldBe(9);
    }

    [Fact]
    public async Task Clear_secrets_stored_by_the_previous_version_are_protected_at_start_up_and_still_work()
    {
        var id = await factory.CreateUserAsync("po.legacy", 12, Roles.Representative);
        const string clearKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        const string clearCodes = "BCDFG-HJKMN;23456-789BC;PQRTV-WXY23";
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(async db =>
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUserTokens\" (\"UserId\", \"LoginProvider\", \"Name\", \"Value\") VALUES ({id}, '[AspNetUserStore]', 'AuthenticatorKey', {clearKey})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUserTokens\" (\"UserId\", \"LoginProvider\", \"Name\", \"Value\") VALUES ({id}, '[AspNetUserStore]', 'RecoveryCodes', {clearCodes})");
            return await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.TwoFactorEnabled, true));
        });

        var upgraded = await factory.WithServiceAsync<int, SecondFactorSecretsUpgrade>(upgrade => upgrade.RunAsync());

        upgraded.ShouldBeGreaterThanOrEqualTo(1);
        var storedKey = (await RawTokenAsync(id, "AuthenticatorKey"))!;
        storedKey.ShouldStartWith("dp1:");
        storedKey.ShouldNotContain(clearKey);
        var storedCodes = (await RawTokenAsync(id, "RecoveryCodes"))!;
        storedCodes.ShouldStartWith("sha256:");
        storedCodes.ShouldNotContain("BCDFG");
        (await factory.WithServiceAsync<int, SecondFactorSecretsUpgrade>(upgrade => upgrade.RunAsync())).ShouldBe(0);
        (await factory.AuditTrailAsync(AuditSubjects.User, SecondFactorSecretsUpgrade.SubjectId)).ShouldContain(AuditActions.Mfa.SecretsProtected);

        // The member's authenticator and printed codes go on working.
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        using var browser = new Browser(factory.CreateClient());
        await browser.SignInAsync("po.legacy");
        browser.Path.ShouldBe("/Account/Mfa");
        await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(clearKey, factory.Time.GetUtcNow()) });
        browser.Path.ShouldBe("/");
        await browser.SignOutAsync();
        await browser.SignInAsync("po.legacy");
        await browser.SubmitAsync("/Account/Recovery", new Dictionary<string, string> { ["Code"] = "PQRTV-WXY23" });
        browser.Path.ShouldBe("/");
    }
}
