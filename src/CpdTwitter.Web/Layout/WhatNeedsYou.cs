using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Layout;

/// <summary>
/// What needs the signed-in member now, for the home page and the navigation badges. Indexed counts only, whatever the
/// history: for district members one query of counts (plus the district's switches for sergeants and commanders, whose
/// review period bounds "overdue"), for News Affairs one, for ISD two. Read once per request, and kept per member for
/// <see cref="CacheFor"/> so other pages' badges do not query on every click; the home page always reads afresh.
/// </summary>
public sealed class WhatNeedsYou(CpdTwitterDbContext db, CurrentMember member, IMemoryCache cache, ReviewBacklog backlog, TimeProvider time, IOptions<InquiryOptions> inquiries)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private Needs? _read;

    public async Task<Needs> GetAsync(bool fresh = false, CancellationToken cancellationToken = default)
    {
        if (member.UserId is not { } userId)
        {
            return Needs.None;
        }

        if (_read is not null)
        {
            return _read;
        }

        var key = "layout:needs:" + userId;
        if (!fresh && cache.TryGetValue<Needs>(key, out var cached) && cached is not null)
        {
            return _read = cached;
        }

        _read = await ReadAsync(cancellationToken);
        cache.Set(key, _read, CacheFor);
        return _read;
    }

    private async Task<Needs> ReadAsync(CancellationToken cancellationToken)
    {
        var sections = new List<NeedSection>();
        if (member.District is { } district && (member.Is(Roles.Representative) || member.Is(Roles.CommunityPolicingSergeant) || member.Is(Roles.Commander)))
        {
            await AddDistrictAsync(sections, district, cancellationToken);
        }

        if (member.Is(Roles.NewsAffairs))
        {
            await AddNewsAffairsAsync(sections, cancellationToken);
        }

        if (member.Is(Roles.IsdAdministrator))
        {
            await AddIsdAsync(sections, cancellationToken);
        }

        return new Needs(sections);
    }

    private async Task AddDistrictAsync(List<NeedSection> sections, int district, CancellationToken cancellationToken)
    {
        var supervises = member.Is(Roles.CommunityPolicingSergeant) || member.Is(Roles.Commander);
        var switches = supervises
            ? await db.PublishingSwitches.AsNoTracking().Where(s => s.Scope == district || s.Scope == PublishingSwitch.DepartmentScope).ToListAsync(cancellationToken)
            : [];
        var own = switches.FirstOrDefault(s => s.Scope == district);
        // The review backlog's own definitions (ReviewBacklog), composed into this one query of counts.
        var waiting = backlog.Waiting(district);
        var overdue = backlog.Overdue(district, own?.ReviewWithinHours ?? ReviewSchedule.DefaultReviewWithinHours);
        var userId = member.UserId;
        var c = await db.Districts.AsNoTracking().Where(d => d.Number == district).Select(d => new
        {
            Drafts = db.Posts.Count(p => p.District == district && p.State == PostState.Draft && p.DecisionComment == null),
            Returned = db.Posts.Count(p => p.District == district && p.State == PostState.Draft && p.DecisionComment != null),
            Corrections = db.Posts.Count(p => p.District == district && p.LastReviewOutcome == ReviewOutcome.NeedsCorrection && p.State == PostState.Reviewed
                && !db.Posts.Any(x => x.CorrectsPostId == p.Id)),
            Approvals = db.Posts.Count(p => p.District == district && p.State == PostState.AwaitingSergeant),
            Reviews = waiting.Count(),
            Overdue = overdue.Count(),
            Named = db.Appointments.Count(a => a.District == district && a.EndedAt == null),
            Acknowledged = db.Appointments.Count(a => a.District == district && a.EndedAt == null && a.AcknowledgedAt != null),
            GuidanceToRead = db.GuidanceVersions.OrderByDescending(v => v.Number).Take(1)
                .Count(v => !db.GuidanceAcknowledgements.Any(g => g.UserId == userId && g.VersionNumber == v.Number)),
            Mentions = db.Mentions.Count(m => m.District == district && m.State == Domain.Responses.MentionState.New),
        }).SingleOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return;
        }

        if (member.Is(Roles.Representative))
        {
            sections.Add(new NeedSection(Roles.Representative, Roles.Title(Roles.Representative),
            [
                new("drafts", "Drafts", c.Drafts == 0 ? "No drafts" : $"{Plural.Count(c.Drafts, "draft")} in progress", c.Drafts, "/Drafts?show=drafts"),
                new("returned", "Returned to the author", c.Returned == 0 ? "Nothing returned" : $"{Plural.Count(c.Returned, "post")} to change and submit again", c.Returned, "/Drafts?show=returned", "/Drafts/Index", "need you"),
                new("corrections", "Corrections asked", c.Corrections == 0 ? "Nothing asked" : $"{Plural.Count(c.Corrections, "posting")} the sergeant's review asks you to correct", c.Corrections, "/Drafts?show=corrections", "/Drafts/Index", "need you"),
                Mentions(c.Mentions),
                new("guidance", "Guidance to read", c.GuidanceToRead == 0 ? "Nothing new to read" : "A new version to read and acknowledge before you submit", c.GuidanceToRead, AppLinks.Guidance, "/Guidance/Index", "to read"),
            ]));
        }

        if (member.Is(Roles.CommunityPolicingSergeant))
        {
            sections.Add(new NeedSection(Roles.CommunityPolicingSergeant, Roles.Title(Roles.CommunityPolicingSergeant),
            [
                new("sergeant-approvals", "Approvals", Waiting(c.Approvals), c.Approvals, AppLinks.SergeantApprovals, "/Review/Approvals", "waiting"),
                new("reviews", "Reviews", Waiting(c.Reviews), c.Reviews, AppLinks.ReviewQueue, "/Review/Index", "waiting"),
                Overdue(c.Overdue, own),
                Mentions(c.Mentions) with { Id = "sergeant-mentions" },
            ]));
        }

        if (member.Is(Roles.Commander))
        {
            var vacancies = Math.Max(0, DistrictRegistry.Slots - c.Named);
            var unacknowledged = c.Named - c.Acknowledged;
            var registry = vacancies == 0 && unacknowledged == 0
                ? "Both representatives named and acknowledged by News Affairs"
                : string.Join("; ", new[]
                {
                    vacancies == 0 ? null : $"{c.Named} of {DistrictRegistry.Slots} named: name {(vacancies == 1 ? "one more" : "two")}",
                    unacknowledged == 0 ? null : $"{unacknowledged} not yet acknowledged by News Affairs",
                }.Where(s => s is not null));
            var department = switches.FirstOrDefault(s => s.Scope == PublishingSwitch.DepartmentScope);
            var paused = own is { IsPaused: true } ? $"Paused for the district since {ChicagoTime.Format(own.PausedAt!.Value)} by {own.PausedByName}"
                : department is { IsPaused: true } ? $"Paused for every district since {ChicagoTime.Format(department.PausedAt!.Value)} by {department.PausedByName}"
                : "Running";
            sections.Add(new NeedSection(Roles.Commander, Roles.Title(Roles.Commander),
            [
                new("registry", "Representatives", registry, vacancies + unacknowledged, "/Commander/Representatives", "/Commander/Representatives", "to act on"),
                Overdue(c.Overdue, own) with { Id = "commander-overdue", NavPage = "/Review/Index", BadgeUnit = "overdue" },
                Mentions(c.Mentions) with { Id = "commander-mentions" },
                new("pause", "Publishing", paused, own is { IsPaused: true } || department is { IsPaused: true } ? 1 : 0, "/Commander/Publishing"),
            ]));
        }
    }

    private async Task AddNewsAffairsAsync(List<NeedSection> sections, CancellationToken cancellationToken)
    {
        var inquiryOverdueBefore = Domain.Inquiries.MediaInquiry.OverdueIfReceivedBefore(time.GetUtcNow().UtcDateTime, inquiries.Value.InquiryResponseHours);
        var c = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.NewsAffairs).Select(r => new
        {
            Approvals = db.Posts.Count(p => p.State == PostState.AwaitingNewsAffairs),
            Submissions = db.RegistrySubmissions.Count(s => s.AcknowledgedAt == null),
            Inquiries = db.MediaInquiries.Count(i => i.State == Domain.Inquiries.InquiryState.New || i.State == Domain.Inquiries.InquiryState.Assigned),
            FlaggedMentions = db.Mentions.Count(m => m.State == Domain.Responses.MentionState.New && m.FlaggedAsMedia),
            InquiriesOverdue = db.MediaInquiries.Count(i => (i.State == Domain.Inquiries.InquiryState.New || i.State == Domain.Inquiries.InquiryState.Assigned) && i.ReceivedAt < inquiryOverdueBefore),
        }).SingleAsync(cancellationToken);
        sections.Add(new NeedSection(Roles.NewsAffairs, Roles.Title(Roles.NewsAffairs),
        [
            new("news-approvals", "Approvals", Waiting(c.Approvals), c.Approvals, AppLinks.NewsAffairsApprovals, "/NewsAffairs/Approvals", "waiting"),
            new("registry-submissions", "Registry submissions", Waiting(c.Submissions), c.Submissions, AppLinks.NewsAffairsRepresentatives, "/NewsAffairs/Representatives", "waiting"),
            new("media-inquiries", "Media inquiries waiting", Waiting(c.Inquiries), c.Inquiries, AppLinks.NewsAffairsInquiries, "/NewsAffairs/Inquiries/Index", "waiting"),
            new("media-inquiries-overdue", "Overdue media inquiries",
                c.InquiriesOverdue == 0 ? "None overdue" : $"{c.InquiriesOverdue:N0} overdue (answer within {Plural.Count(inquiries.Value.InquiryResponseHours, "hour")})",
                c.InquiriesOverdue, AppLinks.NewsAffairsInquiries),
            new("news-mentions", "Possible media inquiries on X",
                c.FlaggedMentions == 0 ? "None waiting" : $"{c.FlaggedMentions:N0} flagged mention{(c.FlaggedMentions == 1 ? null : "s")} waiting in the districts' inboxes",
                c.FlaggedMentions, AppLinks.Inbox + "?flagged=true", "/Inbox/Index", "waiting"),
            // Oversight of every transmission (IV.A): nothing to count, the way to every district's postings.
            new("news-postings", "Postings of every district", "Search, filter, download", 0, "/NewsAffairs/Postings"),
        ]));
    }

    private async Task AddIsdAsync(List<NeedSection> sections, CancellationToken cancellationToken)
    {
        var c = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.IsdAdministrator).Select(r => new
        {
            Reconnect = db.XAccounts.Count(a => a.NeedsReconnectSince != null),
            Unknown = db.Posts.Count(p => p.State == PostState.OutcomeUnknown),
        }).SingleAsync(cancellationToken);
        // Lockout ends are compared here: SQLite cannot compare date-time offsets in SQL, and only the few members ever
        // locked have one.
        var now = time.GetUtcNow();
        var lockouts = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null && u.DisabledAt == null).Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        var locked = lockouts.Count(end => end > now);
        sections.Add(new NeedSection(Roles.IsdAdministrator, Roles.Title(Roles.IsdAdministrator),
        [
            new("reconnect", "X accounts to reconnect", c.Reconnect == 0 ? "None to reconnect" : $"{Plural.Count(c.Reconnect, "account")} X no longer accepts", c.Reconnect, AppLinks.XAccounts, "/Admin/Accounts/Index", "to reconnect"),
            new("unknown", "Unknown publishing outcomes", c.Unknown == 0 ? "None unknown" : $"{Plural.Count(c.Unknown, "post")} to resolve", c.Unknown, AppLinks.Publishing + "#unknown", "/Publishing/Index", "unknown"),
            new("locked", "Locked user accounts", locked == 0 ? "None locked" : $"{Plural.Count(locked, "account")} locked", locked, "/Admin/Users?show=locked", "/Admin/Users/Index", "locked"),
        ]));
    }

    /// <summary>New mentions in the district's inbox (issue 16): the district members' count and menu badge.</summary>
    private static NeedItem Mentions(int count) =>
        new("mentions", "Mentions on X", count == 0 ? "No new mentions" : $"{Plural.Count(count, "new mention")} to read", count, AppLinks.Inbox, "/Inbox/Index", "new");

    private static string Waiting(int count) => count == 0 ? "Nothing waiting" : $"{count:N0} waiting";

    private static NeedItem Overdue(int count, PublishingSwitch? district) =>
        new("overdue", "Overdue reviews",
            count == 0 ? "None overdue" : $"{count:N0} overdue (review within {Plural.Count(district?.ReviewWithinHours ?? ReviewSchedule.DefaultReviewWithinHours, "hour")})",
            count, AppLinks.ReviewQueue);
}
