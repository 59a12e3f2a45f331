using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Infrastructure.Responses;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>The app wired to the fake X for the mentions poll: accounts connected with their own X ids, the poll run on demand.</summary>
public class MentionsApp : PublishingApp
{
    /// <summary>Runs the mentions poll once, as the background job does every X:MentionsPollSeconds.</summary>
    public Task<IReadOnlyList<AccountPoll>> PollAsync() =>
        Factory.Services.GetRequiredService<MentionsPoll>().RunAsync(TestContext.Current.CancellationToken);

    /// <summary>ISD connected <paramref name="district"/>'s account, which X knows as <paramref name="xUserId"/>.</summary>
    public async Task ConnectAsync(int district, string xUserId, string handle)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        if (await db.XAccounts.AnyAsync(a => a.District == district))
        {
            return;
        }

        var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
        var account = new XAccountConnection(district, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), TestActors.Isd, UtcNow);
        account.Verified(xUserId, handle, UtcNow);
        db.XAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    public Task<List<Mention>> MentionsAsync(int district) =>
        Factory.WithServiceAsync<List<Mention>, CpdTwitterDbContext>(db => db.Mentions.AsNoTracking().Where(m => m.District == district).OrderBy(m => m.PostedAt).ToListAsync());

    public Task<MentionPoll> PollOfAsync(int district) =>
        Factory.WithServiceAsync<MentionPoll, CpdTwitterDbContext>(db => db.MentionPolls.AsNoTracking().SingleAsync(p => p.District == district));

    public async Task PressListAsync(string handle)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        db.PressContacts.Add(PressContact.Add(TestActors.NewsAffairs, handle, "A. Reporter", "WGN", UtcNow));
        await db.SaveChangesAsync();
    }

    /// <summary>The mentions reads X received for the account <paramref name="xUserId"/>.</summary>
    public int ReadsOf(string xUserId) => X.Requests.Count(r => r.Path == $"/2/users/{xUserId}/mentions");
}
