using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>Two districts connected with different X accounts: each account's mentions reach only its own district.</summary>
public sealed class MentionsDistrictTests(MentionsApp app) : IClassFixture<MentionsApp>
{
    [Fact]
    public async Task Mentions_reach_only_their_own_district()
    {
        await app.ConnectAsync(12, "1234", "CPD12thDist");
        await app.ConnectAsync(11, "5678", "CPD11thDist");
        var to12 = app.X.AddMention("resident12", "Resident Twelve", "@CPD12thDist when is the next beat meeting?", DateTime.UtcNow.AddMinutes(-5), accountUserId: "1234");
        var to11 = app.X.AddMention("resident11", "Resident Eleven", "@CPD11thDist thank you officers", DateTime.UtcNow.AddMinutes(-4), accountUserId: "5678");

        var polls = await app.PollAsync();

        polls.Select(p => (p.District, p.Stored)).ShouldBe([(11, 1), (12, 1)]);
        (await app.MentionsAsync(12)).Select(m => m.XPostId).ShouldBe([to12]);
        (await app.MentionsAsync(11)).Select(m => m.XPostId).ShouldBe([to11]);
        (await app.MentionsAsync(11)).ShouldHaveSingleItem().AddressesAccount.ShouldBeTrue();
        app.ReadsOf("1234").ShouldBe(1);
        app.ReadsOf("5678").ShouldBe(1);
        (await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "11")).ShouldBe([AuditActions.Mentions.Received]);
        (await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "12")).ShouldBe([AuditActions.Mentions.Received]);

        using var isd = await app.Factory.SignedInAsync("isd.mentions", null, Roles.IsdAdministrator);
        var page = await isd.GetAsync("/Publishing");
        page.Text("#mentions-11 .reads").ShouldBe("1 of 1,000");
        page.Text("#mentions-12 .reads").ShouldBe("1 of 1,000");
        page.Text("#mentions-11 .poll-result").ShouldBe("1 mention read in 1 request; 1 new mention stored.");
    }
}
