using System.Net;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Pages.Account;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Issue #11 finding 3: locked and disabled accounts answered with their own message in about 10 ms, an unknown
/// log-on ID in about 500 ms. Now the four get one page, and each costs one full password-hash verification.
/// </summary>
public sealed class SignInAnswerTests(SignInAnswerTests.CountingHasherFactory factory) : IClassFixture<SignInAnswerTests.CountingHasherFactory>
{
    private const string WrongPassword = "Not-The-Password-At-All-42";

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_get_the_same_page_and_each_costs_one_password_hash_verification()
    {
        await factory.CreateUserAsync("po.answer.wrong", 12, Roles.Representative);
        var lockedId = await factory.CreateUserAsync("po.answer.locked", 12, Roles.Representative);
        var disabledId = await factory.CreateUserAsync("po.answer.disabled", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("po.answer.locked", WrongPassword);
        }

        (await factory.FindUserAsync("po.answer.locked")).LockoutEnd.ShouldNotBeNull();
        (await factory.WithServiceAsync<bool, UserAdministration>(async admin => (await admin.DisableAsync(disabledId, "left the unit")).Succeeded)).ShouldBeTrue();

        // Locked and disabled are tried with their right password: even that must not tell them apart.
        var cases = new (string Case, string LogOnId, string Password)[]
        {
            ("unknown", "po.answer.nobody", WrongPassword),
            ("wrong password", "po.answer.wrong", WrongPassword),
            ("locked", "po.answer.locked", CpdTwitterFactory.Password),
            ("disabled", "po.answer.disabled", CpdTwitterFactory.Password),
        };
        var pages = new List<string>();
        foreach (var (name, logOnId, password) in cases)
        {
            var before = factory.Hasher.Verifications;
            var page = await browser.SignInAsync(logOnId, password);

            (factory.Hasher.Verifications - before).ShouldBe(1, $"{name}: one full password-hash verification");
            browser.Status.ShouldBe(HttpStatusCode.OK, name);
            browser.Path.ShouldBe("/Account/SignIn", name);
            page.Errors().ShouldBe(SignInModel.FailedMessage, name);
            pages.Add(page.Text("main"));
        }

        pages.Distinct().Count().ShouldBe(1, string.Join("\n---\n", pages));
        pages[0].ShouldContain("5 failed attempts within 15 minutes lock an account for 30 minutes; the ISD help desk can unlock it sooner.");
        (await factory.AuditTrailAsync("User", lockedId))[^1].ShouldBe("sign-in.refused");
        (await factory.AuditTrailAsync("User", disabledId))[^1].ShouldBe("sign-in.refused");
    }

    [Fact]
    public async Task A_right_password_costs_one_verification_too()
    {
        await factory.CreateUserAsync("po.answer.right", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var before = factory.Hasher.Verifications;

        await browser.SignInAsync("po.answer.right");

        browser.Path.ShouldBe("/");
        (factory.Hasher.Verifications - before).ShouldBe(1);
    }

    /// <summary>The app with a password hasher that counts its verifications (each one still the real 600,000-iteration PBKDF2).</summary>
    public sealed class CountingHasherFactory : CpdTwitterFactory
    {
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    public sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new(Options.Create(new PasswordHasherOptions { IterationCount = SecurityOptions.PasswordHashIterations }));
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>A lock lifts by itself after Security:LockoutMinutes on the app's clock; ISD can still unlock sooner (SignInTests).</summary>
public sealed class LockoutExpiryTests
{
    [Theory]
    [InlineData(null, 30)]
    [InlineData("10", 10)]
    public async Task A_locked_account_unlocks_itself_after_the_configured_minutes(string? setting, int minutes)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero));
        using var factory = new CpdTwitterFactory
        {
            Clock = clock,
            Settings = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Security:LockoutMinutes"] = setting },
        };
        var id = await factory.CreateUserAsync("po.lockexpiry", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("po.lockexpiry", "Wrong-Password-Number-" + i);
        }

        clock.Advance(TimeSpan.FromMinutes(minutes) - TimeSpan.FromSeconds(30));
        var stillLocked = await browser.SignInAsync("po.lockexpiry");
        browser.Path.ShouldBe("/Account/SignIn");
        stillLocked.Errors().ShouldBe(SignInModel.FailedMessage);

        clock.Advance(TimeSpan.FromMinutes(1));
        await browser.SignInAsync("po.lockexpiry");
        browser.Path.ShouldBe("/");

        (await factory.AuditTrailAsync("User", id)).ShouldBe(
            ["user.created", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.locked-out", "sign-in.refused", "sign-in.succeeded"]);
    }
}
