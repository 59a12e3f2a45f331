using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Security;

public sealed class SessionLifetimeTests
{
    private static async Task<(CpdTwitterFactory Factory, FakeTimeProvider Clock, Browser Browser)> SignedInAsync(string logOnId)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero));
        var factory = new CpdTwitterFactory { Clock = clock };
        await factory.CreateUserAsync(logOnId, 12, Roles.Representative);
        var browser = new Browser(factory.CreateClient());
        await browser.SignInAsync(logOnId);
        browser.Path.ShouldBe("/");
        return (factory, clock, browser);
    }

    [Fact]
    public async Task Thirty_idle_minutes_sign_the_member_out()
    {
        var (factory, clock, browser) = await SignedInAsync("po.idle");
        using var _ = factory;
        using var __ = browser;

        clock.Advance(TimeSpan.FromMinutes(29));
        await browser.GetAsync("/");
        browser.Path.ShouldBe("/");

        clock.Advance(TimeSpan.FromMinutes(31));
        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn");
    }

    [Fact]
    public async Task An_active_session_still_ends_twelve_hours_after_sign_in()
    {
        var (factory, clock, browser) = await SignedInAsync("po.longshift");
        using var _ = factory;
        using var __ = browser;

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            await browser.GetAsync("/");
            browser.Path.ShouldBe("/", $"still active after {elapsed + TimeSpan.FromMinutes(20)}");
        }

        clock.Advance(TimeSpan.FromMinutes(40));
        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn");
    }
}
