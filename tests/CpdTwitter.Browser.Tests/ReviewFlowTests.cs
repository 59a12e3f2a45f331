using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>Directive V.B in the browser: the sergeant reviews two demo postings, discontinues one with a reason, and its author is told.</summary>
public sealed class ReviewFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_sergeant_reviews_two_postings_discontinues_one_and_the_author_sees_the_notification()
    {
        var sergeant = await server.SignInAsync(chromium, "sgt.kowalski");
        await Chromium.MenuLink(sergeant, "Review").ClickAsync();
        // The demo seed published five district 012 postings 6, 5, 4, 2 and 1 days ago, one 3 days ago that was later deleted
        // on X, and captured one made outside the app 2 days ago: with 72 hours to review, four are overdue.
        (await sergeant.Locator(".review-status").InnerTextAsync()).ShouldContain("4 overdue");
        (await sergeant.Locator(".review-item .badge", new() { HasText = "Overdue" }).CountAsync()).ShouldBe(4);
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();

        (await sergeant.Locator("#cursor-summary").InnerTextAsync()).ShouldBe("Showing 1–7 of 7 postings waiting for review");
        await sergeant.Locator(".review-item").First.GetByRole(AriaRole.Link, new() { Name = "Review or discontinue" }).ClickAsync();
        var form = sergeant.Locator("#review-form");
        foreach (var check in new[] { "Right category", "Current", "Correct", "Valid", "Appropriate" })
        {
            await form.GetByLabel(check, new() { Exact = check != "Right category" }).CheckAsync();
        }

        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
        await form.GetByRole(AriaRole.Button, new() { Name = "Reviewed", Exact = true }).ClickAsync();
        await Assertions.Expect(sergeant.Locator(".alert-success")).ToHaveTextAsync("Marked reviewed.");

        await sergeant.Locator(".review-item").First.GetByLabel("Select").CheckAsync();
        await sergeant.GetByRole(AriaRole.Button, new() { Name = "Mark selected reviewed" }).ClickAsync();
        await Assertions.Expect(sergeant.Locator(".alert-success")).ToHaveTextAsync("1 posting marked reviewed.");
        (await sergeant.Locator(".review-status").InnerTextAsync()).ShouldNotContain("Reviewed through: nothing yet");

        var pulled = sergeant.Locator(".review-item").First;
        var pulledText = await pulled.Locator(".post-text").InnerTextAsync();
        await pulled.GetByRole(AriaRole.Link, new() { Name = "Review or discontinue" }).ClickAsync();
        form = sergeant.Locator("#review-form");
        await form.GetByLabel("Discontinue: reason").SelectOptionAsync(new SelectOptionValue { Label = "Outdated" });
        await form.GetByLabel("Discontinue: note").FillAsync("Event is over");
        await form.GetByRole(AriaRole.Button, new() { Name = "Discontinue posting" }).ClickAsync();
        var confirm = sergeant.GetByRole(AriaRole.Dialog, new() { Name = "Discontinue this posting?" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Discontinue", Exact = true }).ClickAsync();
        await Assertions.Expect(sergeant.Locator(".alert-success")).ToContainTextAsync("Discontinued");
        (await sergeant.Locator("main").InnerTextAsync()).ShouldNotContain(pulledText);
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(sergeant, "sergeant-review");

        var author = await server.SignInAsync(chromium, "po.grant");
        await Assertions.Expect(author.Locator("#notification-count")).ToBeVisibleAsync();
        await author.Locator("#notification-bell").ClickAsync();
        var notice = author.Locator("#notifications li", new() { HasText = "discontinued" });
        (await notice.InnerTextAsync()).ShouldContain("Outdated");
        (await chromium.AccessibilityViolationsAsync(author)).ShouldBeEmpty();
        await notice.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(author.Locator("#discontinued")).ToContainTextAsync("Discontinued");
        (await author.Locator("#discontinued").InnerTextAsync()).ShouldContain("Outdated — Event is over");
        (await chromium.AccessibilityViolationsAsync(author)).ShouldBeEmpty();
    }
}
