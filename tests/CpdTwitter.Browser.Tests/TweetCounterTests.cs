using System.Text.Json;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>The bundled twitter-text in a real browser: the same 428 conformance cases as the C# port, and the counter's behaviour.</summary>
public sealed class TweetCounterTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string Lib = Path.Combine(Chromium.RepositoryRoot, "src", "CpdTwitter.Web", "wwwroot");

    private static string Cases()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "conformance", "twitter-text");
        using var official = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "official-v3-cases.json")));
        using var generated = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "generated-cases.json")));
        var all = official.RootElement.EnumerateArray().Concat(generated.RootElement.GetProperty("cases").EnumerateArray()).ToList();
        return JsonSerializer.Serialize(all);
    }

    [Fact]
    public async Task Bundled_twitter_text_matches_every_conformance_case()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body></body></html>");
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Lib, "lib", "twitter-text", "twitter-text.min.js") });

        var result = await page.EvaluateAsync<JsonElement>(
            """
            (cases) => {
                const mismatches = [];
                for (const c of JSON.parse(cases)) {
                    const r = twttr.parseTweet(c.text, twttr.configs.version3);
                    for (const key of ['weightedLength', 'valid', 'permillage', 'validRangeEnd', 'displayRangeEnd']) {
                        if (r[key] !== c[key]) mismatches.push(`${JSON.stringify(c.text).slice(0, 60)}: ${key} ${r[key]} != ${c[key]}`);
                    }
                }
                return { checked: JSON.parse(cases).length, mismatches };
            }
            """, Cases());

        result.GetProperty("checked").GetInt32().ShouldBe(428);
        result.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Counter_updates_while_typing_and_blocks_over_length()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(
            """
            <!DOCTYPE html><html lang="en"><head><title>Counter</title></head><body><main>
            <h1>Counter</h1>
            <form>
            <label for="Text">Post</label>
            <textarea id="Text" name="Text" data-tweet-counter data-tweet-counter-output="text-count" data-tweet-counter-highlight="text-overflow"></textarea>
            <p id="text-count" aria-live="polite"></p>
            <div id="text-overflow" class="tweet-overflow" hidden></div>
            <label for="Other">Another post</label>
            <textarea id="Other" name="Other" aria-describedby="other-hint" data-tweet-counter data-tweet-counter-output="other-count"></textarea>
            <p id="other-hint">A second counter on the same page.</p>
            <p id="other-count" aria-live="polite"></p>
            <button type="submit">Submit</button>
            </form></main></body></html>
            """);
        await page.AddStyleTagAsync(new() { Path = Path.Combine(Lib, "css", "tweet-counter.css") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Lib, "lib", "twitter-text", "twitter-text.min.js") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Lib, "js", "tweet-counter.js") });
        var text = page.GetByLabel("Post", new() { Exact = true });
        var count = page.Locator("#text-count");

        await Assertions.Expect(count).ToHaveTextAsync("280 characters left");
        await Assertions.Expect(text).ToHaveAttributeAsync("aria-describedby", "text-count");
        await Assertions.Expect(page.Locator("#Other")).ToHaveAttributeAsync("aria-describedby", "other-hint other-count");

        // 13 + the police-officer emoji sequence (2) + space (1) + a URL (always 23).
        await text.PressSequentiallyAsync("Beat meeting 👮🏽‍♀️ https://chicagopolice.org");
        await Assertions.Expect(count).ToHaveTextAsync($"{280 - (13 + 2 + 1 + 23)} characters left");
        (await text.EvaluateAsync<bool>("t => t.checkValidity()")).ShouldBeTrue();
        await Assertions.Expect(page.Locator("#other-count")).ToHaveTextAsync("280 characters left");

        await text.FillAsync(new string('a', 270) + "0123456789" + "overflowed");
        await Assertions.Expect(count).ToHaveTextAsync("10 characters over the limit");
        await Assertions.Expect(page.Locator("#text-overflow")).ToBeVisibleAsync();
        (await page.Locator("#text-overflow mark").InnerTextAsync()).ShouldBe("overflowed");
        (await text.EvaluateAsync<bool>("t => t.checkValidity()")).ShouldBeFalse();
        (await text.EvaluateAsync<string>("t => t.validationMessage")).ShouldContain("10 characters over");
        (await text.GetAttributeAsync("class")).ShouldNotBeNull().ShouldContain("is-invalid");
        (await page.Locator("#Other").EvaluateAsync<bool>("t => t.checkValidity()")).ShouldBeTrue();
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await text.FillAsync("Back under the limit.");
        await Assertions.Expect(count).ToHaveTextAsync("259 characters left");
        (await text.EvaluateAsync<bool>("t => t.checkValidity()")).ShouldBeTrue();
        (await page.Locator("#text-overflow").IsHiddenAsync()).ShouldBeTrue();
        (await text.GetAttributeAsync("class") ?? string.Empty).ShouldNotContain("is-invalid");
    }
}
