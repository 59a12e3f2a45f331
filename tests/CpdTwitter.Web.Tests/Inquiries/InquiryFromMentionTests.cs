using CpdTwitter.Domain;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Inquiries;

/// <summary>An inquiry that arrived as a mention on X (issue 16) shows the mention on its pages, and the queues mark it "From X".</summary>
public sealed class InquiryFromMentionTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private async Task<(Guid Inquiry, Mention Mention)> SeedAsync(string logOnId)
    {
        var user = await factory.FindUserAsync(logOnId);
        var now = FixedClockFactory.Now.UtcDateTime;
        var mention = Mention.Received(12, new XMentionFacts($"17000000000000{Random.Shared.Next(10000, 99999)}", "77", "tribune_jo", "Jo Tribune",
            "@CPD12 Any comment on the closure of the Ogden Ave station?", now.AddMinutes(-30), null, null, true), now.AddMinutes(-25));
        var inquiry = MediaInquiry.Log(new Actor(user.Id, user.DisplayName, [Roles.Representative], 12),
            new InquiryDetails("Chicago Tribune", "Jo Tribune", "@tribune_jo", InquiryChannel.Social, now.AddMinutes(-30), mention.Text), null, null, now);
        inquiry.LinkMention(mention.Id, mention.District);
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Mentions.Add(mention);
            db.MediaInquiries.Add(inquiry);
            return db.SaveChangesAsync();
        });
        return (inquiry.Id, mention);
    }

    [Fact]
    public async Task News_Affairs_sees_the_mention_on_the_inquiry_and_From_X_in_the_queue()
    {
        using var rep = await factory.SignedInAsync("po.inq.mention", 12, Roles.Representative);
        using var news = await factory.SignedInAsync("news.inq.mention", null, Roles.NewsAffairs);
        var (id, mention) = await SeedAsync("po.inq.mention");

        var detail = await news.GetAsync($"/NewsAffairs/Inquiries/{id}");

        var shown = detail.Text("#inquiry-mention");
        shown.ShouldContain("Jo Tribune");
        shown.ShouldContain("@tribune_jo");
        shown.ShouldContain(ChicagoTime.Format(mention.PostedAt));
        detail.Text("#inquiry-mention-text").ShouldBe("@CPD12 Any comment on the closure of the Ogden Ave station?");
        detail.QuerySelector("#inquiry-mention-x")!.GetAttribute("href").ShouldBe(mention.XUrl);
        detail.QuerySelector("#inquiry-mention-inbox")!.GetAttribute("href").ShouldBe($"/Inbox/{mention.Id}");

        var queue = await news.GetAsync("/NewsAffairs/Inquiries?show=all");
        queue.QuerySelector($"#inquiry-{id} .from-x")!.TextContent.ShouldBe("From X");

        var district = await rep.GetAsync($"/Inquiries/{id}");
        district.Text("#inquiry-mention-text").ShouldBe("@CPD12 Any comment on the closure of the Ogden Ave station?");
        (await rep.GetAsync("/Inquiries")).QuerySelector($"#inquiry-{id} .from-x").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_inquiry_logged_by_hand_shows_no_mention_and_no_mark()
    {
        using var rep = await factory.SignedInAsync("po.inq.nomention", 12, Roles.Representative);
        using var news = await factory.SignedInAsync("news.inq.nomention", null, Roles.NewsAffairs);
        var id = await InquiryFlowTests.LogAsync(rep, "Is the beat meeting still on Tuesday?");

        (await news.GetAsync($"/NewsAffairs/Inquiries/{id}")).QuerySelector("#inquiry-mention").ShouldBeNull();
        (await news.GetAsync("/NewsAffairs/Inquiries?show=all")).QuerySelector($"#inquiry-{id} .from-x").ShouldBeNull();
    }
}
