using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>The lease keeps an account to one instance; X's 401 marks the account for reconnection and stops its polls.</summary>
public sealed class MentionsAccountStateTests(MentionsApp app) : IClassFixture<MentionsApp>
{
    [Fact]
    public async Task An_account_another_instance_is_polling_is_left_alone()
    {
        await app.ConnectAsync(12, "1234", "CPD12thDist");
        await app.PollAsync();
        var held = app.UtcNow.AddMinutes(5);
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.MentionPolls.Where(p => p.District == 12)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LeaseOwner, "another-instance").SetProperty(p => p.LeaseExpiresAt, held)));
        app.X.AddMention("waiting", "Wai Ting", "@CPD12thDist hello", DateTime.UtcNow.AddMinutes(-1));
        var reads = app.ReadsOf("1234");

        var polls = await app.PollAsync();

        polls.ShouldNotContain(p => p.District == 12);
        app.ReadsOf("1234").ShouldBe(reads);
        (await app.PollOfAsync(12)).LeaseOwner.ShouldBe("another-instance");
    }

    [Fact]
    public async Task X_s_401_marks_the_account_for_reconnection_and_stops_its_polls()
    {
        await app.ConnectAsync(11, "5678", "CPD11thDist");
        app.X.AddMention("resident11", "Resident Eleven", "@CPD11thDist hi", DateTime.UtcNow.AddMinutes(-2), accountUserId: "5678");
        app.X.Enqueue(FakeXBehaviour.Unauthorized, HttpMethod.Get, "/2/users/5678/mentions");

        var refused = (await app.PollAsync()).Single(p => p.District == 11);

        refused.Stored.ShouldBe(0);
        refused.StopReason.ShouldNotBeNull().ShouldContain("401");
        var account = await app.Factory.WithServiceAsync<Domain.Publishing.XAccountConnection, CpdTwitterDbContext>(db => db.XAccounts.AsNoTracking().SingleAsync(a => a.District == 11));
        account.NeedsReconnect.ShouldBeTrue();
        (await app.Factory.AuditTrailAsync(AuditSubjects.XAccount, "11")).ShouldContain(AuditActions.XAccount.NeedsReconnect);
        (await app.PollOfAsync(11)).LastResult.ShouldNotBeNull().ShouldContain("ISD must reconnect the account");
        var reads = app.ReadsOf("5678");

        (await app.PollAsync()).ShouldNotContain(p => p.District == 11);
        app.ReadsOf("5678").ShouldBe(reads);
    }
}
