using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// Discontinuing asks in a native &lt;dialog&gt; first (keeping it published is one press away), and a refused review
/// puts its message by the posting with the focus on it.
/// </summary>
public sealed class ConfirmAndFocusTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Discontinuing_a_posting_asks_in_a_dialog_and_Keep_it_published_changes_nothing()
    {
        var sergeant = await server.SignInAsync(chromium, "sgt.kowalski");
        await sergeant.GotoAsync(server.BaseUrl + "/Review");
        var row = sergeant.Locator(".review-item").Last;
        var text = await row.Locator(".post-text").InnerTextAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Review or discontinue" }).ClickAsync();
        await sergeant.GetByRole(AriaRole.Link, new() { Name = "record and" }).ClickAsync();
        await sergeant.Locator("#discontinue-form summary").ClickAsync();
        var form = sergeant.Locator("#discontinue-form form");
        await Assertions.Expect(form.Locator("[data-confirm-box]")).ToBeHiddenAsync();
        await form.GetByLabel("Reason", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Outdated" });

        await form.GetByRole(AriaRole.Button, new() { Name = "Discontinue" }).ClickAsync();
        var dialog = sergeant.GetByRole(AriaRole.Dialog, new() { Name = "Discontinue this posting?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        (await dialog.InnerTextAsync()).ShouldContain("sandbox posting");
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(sergeant, "discontinue-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it published" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        (await sergeant.Locator("#post-state").InnerTextAsync()).ShouldContain("Published");
        (await sergeant.Locator("main .alert-success[role=status]").AllInnerTextsAsync()).ShouldNotContain(t => t.Contains("Discontinued", StringComparison.Ordinal));

        await form.GetByRole(AriaRole.Button, new() { Name = "Discontinue" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Discontinue" }).ClickAsync();
        await Assertions.Expect(sergeant.Locator("main .alert-success").First).ToContainTextAsync("Discontinued: the sandbox posting is marked discontinued");
        await sergeant.GotoAsync(server.BaseUrl + "/Review");
        (await sergeant.Locator("main").InnerTextAsync()).ShouldNotContain(text);
    }

    [Fact]
    public async Task A_refused_review_on_a_phone_shows_its_message_by_the_posting_with_the_focus_on_it()
    {
        var sergeant = await server.SignInAsync(chromium, "sgt.kowalski");
        await sergeant.SetViewportSizeAsync(390, 844);
        await sergeant.GotoAsync(server.BaseUrl + "/Review");
        await sergeant.Locator(".review-item").First.GetByRole(AriaRole.Link, new() { Name = "Review or discontinue" }).ClickAsync();
        var form = sergeant.Locator("#review-form");
        await form.GetByLabel("Current", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Reviewed", Exact = true }).ClickAsync();

        var message = form.Locator("[data-focus-on-load]");
        await Assertions.Expect(message).ToContainTextAsync("Tick every check");
        // The document's active element once the page's scripts ran (Playwright's ToBeFocused also needs the window
        // focused, which a headless page beside others may not be).
        await sergeant.WaitForFunctionAsync("() => document.activeElement?.hasAttribute('data-focus-on-load') === true");
        await Assertions.Expect(message).ToBeInViewportAsync();
        (await sergeant.Locator("main [data-focus-on-load]").CountAsync()).ShouldBe(1);
        (await sergeant.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(sergeant, "review-refused-phone");
    }
}
