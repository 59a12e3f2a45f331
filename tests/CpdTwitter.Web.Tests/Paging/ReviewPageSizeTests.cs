using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Paging;

/// <summary>The review queue no longer grows with the backlog: 10,000 waiting postings still make one small page.</summary>
public sealed class ReviewPageSizeTests(PagingFactory factory) : IClassFixture<PagingFactory>
{
    /// <summary>A page of 50 compact rows and the layout; the one-form-per-posting page was 9 MB at 1,500 postings.</summary>
    private const int MaxBytes = 150 * 1024;

    [Fact]
    public async Task At_10000_waiting_postings_the_review_page_stays_under_150_KB()
    {
        var author = await factory.CreateUserAsync("po.paging.size", 14, Roles.Representative);
        await PagingData.PublishedAsync(factory, author, 14, 10_000, i => DateTime.UtcNow.AddDays(-60).AddSeconds(i * 30));
        using var sergeant = await factory.SignedInAsync("sgt.paging.size", 14, Roles.CommunityPolicingSergeant);

        var first = await sergeant.Client.GetByteArrayAsync(new Uri("/Review", UriKind.Relative));
        first.Length.ShouldBeLessThan(MaxBytes);
        var page = await sergeant.GetAsync("/Review");
        page.QuerySelectorAll(".review-item").Length.ShouldBe(50);
        page.Text("#cursor-summary").ShouldBe("Showing 1–50 of 10,000 postings waiting for review");

        var deep = await sergeant.Client.GetByteArrayAsync(new Uri(page.QuerySelector("#cursor-next")!.GetAttribute("href")!, UriKind.Relative));
        deep.Length.ShouldBeLessThan(MaxBytes);
        var opened = await sergeant.Client.GetByteArrayAsync(new Uri(page.QuerySelector("a.review-link")!.GetAttribute("href")!, UriKind.Relative));
        opened.Length.ShouldBeLessThan(MaxBytes);
        TestContext.Current.TestOutputHelper?.WriteLine($"/Review at 10,000 waiting: first page {first.Length:N0} bytes, second {deep.Length:N0}, with a posting's form open {opened.Length:N0}.");
    }
}
