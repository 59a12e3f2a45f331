using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Seeding;

public sealed record DemoAccount(string LogOnId, string DisplayName, int? District, params string[] Roles);

/// <summary>
/// Fictitious members for trying the product in Development (<c>Seed:Demo</c>). Never run elsewhere:
/// they share one published password.
/// </summary>
public sealed class DemoSeeder(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string Password = "Near-West-Demo-2026";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("isd.whitfield", "Dana Whitfield", null, Roles.IsdAdministrator),
        new("isd.santos", "Renee Santos", null, Roles.IsdAdministrator),
        new("news.bell", "Marcus Bell", null, Roles.NewsAffairs),
        new("cmdr.ortiz", "Cmdr. Helen Ortiz", 12, Roles.Commander),
        new("sgt.kowalski", "Sgt. Ray Kowalski", 12, Roles.CommunityPolicingSergeant),
        new("po.grant", "P.O. Aisha Grant", 12, Roles.Representative),
        new("po.moreno", "P.O. Luis Moreno", 12, Roles.Representative),
        new("cmdr.haddad", "Cmdr. Samir Haddad", 11, Roles.Commander),
        new("sgt.brennan", "Sgt. Colleen Brennan", 11, Roles.CommunityPolicingSergeant),
        new("po.okafor", "P.O. Chidi Okafor", 11, Roles.Representative),
        new("cmdr.lindqvist", "Cmdr. Erik Lindqvist", 18, Roles.Commander),
        new("sgt.reyes", "Sgt. Marisol Reyes", 18, Roles.CommunityPolicingSergeant),
        new("po.nakamura", "P.O. Kenji Nakamura", 18, Roles.Representative),
        new("po.castillo", "P.O. Elena Castillo", 18, Roles.Representative),
        new("po.adeyemi", "P.O. Tunde Adeyemi", 18, Roles.Representative),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? sharedHash = null;
        foreach (var account in Accounts)
        {
            var user = new ApplicationUser
            {
                UserName = account.LogOnId,
                DisplayName = account.DisplayName,
                Email = $"{account.LogOnId}@chicagopolice.org",
                EmailConfirmed = true,
                DistrictNumber = account.District,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };

            // 600,000 PBKDF2 iterations per hash: hash the shared demo password once.
            sharedHash ??= users.PasswordHasher.HashPassword(user, Password);
            user.PasswordHash = sharedHash;
            Check(await users.CreateAsync(user));
            Check(await users.AddToRolesAsync(user, account.Roles));
            audit.Record(AuditActions.User.Created, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { logOnId = user.UserName, roles = account.Roles, demo = true });
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedRegistryAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await GuidanceDemo.SeedAsync(users, db, audit, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await SeedPostsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        DemoTemplates.Seed(db, audit, new Actor((await users.FindByNameAsync("news.bell"))!.Id, "Marcus Bell", [Roles.NewsAffairs], null), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await new DemoPostingHistory(users, db, audit, time.GetUtcNow().UtcDateTime).SeedAsync();
        await db.SaveChangesAsync(cancellationToken);
        await DemoInquiries.SeedAsync(users, db, audit, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DemoRecords.SeedAsync(users, db, audit, time.GetUtcNow().UtcDateTime);
        await DemoCapture.SeedAsync(users, db, audit, time.GetUtcNow().UtcDateTime, cancellationToken);
        await DemoMentions.SeedAsync(users, db, audit, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>District 012 has two acknowledged representatives; 011 one awaiting News Affairs and a vacancy; 018 one and a vacancy.</summary>
    private async Task SeedRegistryAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var newsAccount = await users.FindByNameAsync("news.bell") ?? throw new InvalidOperationException("Demo user news.bell is missing.");
        var newsAffairs = new Actor(newsAccount.Id, newsAccount.DisplayName, [Roles.NewsAffairs], null);
        (string LogOnId, int District, int Slot, string Star, string Employee, bool Acknowledged)[] seats =
        [
            ("po.grant", 12, 1, "14211", "604118", true),
            ("po.moreno", 12, 2, "9817", "611730", true),
            ("po.okafor", 11, 1, "17342", "620455", false),
            ("po.nakamura", 18, 1, "12076", "598204", true),
        ];
        foreach (var district in seats.GroupBy(s => s.District))
        {
            var registry = new DistrictRegistry(district.Key, []);
            var commander = Accounts.Single(a => a.District == district.Key && a.Roles.Contains(Roles.Commander)).LogOnId;
            var commanderAccount = await users.FindByNameAsync(commander) ?? throw new InvalidOperationException($"Demo user {commander} is missing.");
            var commanderActor = new Actor(commanderAccount.Id, commanderAccount.DisplayName, [Roles.Commander], district.Key);
            foreach (var seat in district)
            {
                var user = await users.FindByNameAsync(seat.LogOnId) ?? throw new InvalidOperationException($"Demo user {seat.LogOnId} is missing.");
                var details = RepresentativeDetails.Create(user.Id, seat.LogOnId, RepresentativeDetails.NameFromAccount(user.DisplayName),
                    "Police Officer", StarNumber.Create(seat.Star), EmployeeNumber.Create(seat.Employee), DepartmentEmail.Create(user.Email));
                var (appointment, submission) = registry.Appoint(seat.Slot, details, commanderActor, now.AddDays(-20));
                if (seat.Acknowledged)
                {
                    submission.Acknowledge(newsAffairs, now.AddDays(-19), [appointment]);
                }

                db.RegistrySubmissions.Add(submission);
                db.Appointments.Add(appointment);
                foreach (var watch in DemoWatches(seat.LogOnId))
                {
                    db.Watches.Add(new WatchAssignment(user.Id, district.Key, watch, commanderActor, now.AddDays(-20)));
                }
                audit.Record(AuditActions.Registry.Appointed, AuditSubjects.Appointment, appointment.Id.ToString(), district.Key,
                    new { slot = seat.Slot, name = appointment.Name, demo = true }, commander);
            }
        }
    }

    /// <summary>
    /// Sandbox postings as a district account accumulates them: published ones of several ages and kinds (some older
    /// than a review period), one waiting for News Affairs and one draft.
    /// </summary>
    private async Task SeedPostsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        (string Author, PostCategory Category, string Text, double DaysAgo)[] published =
        [
            ("po.grant", PostCategory.CrimePreventionTip, "Lock your car and take your valuables with you, even for a quick stop. #12thDistrict", 6),
            ("po.moreno", PostCategory.BeatMeeting, "Beat 1231 meeting Tuesday 6:30 pm at Union Park fieldhouse, 1501 W. Randolph. Bring your questions!", 5),
            ("po.grant", PostCategory.CommunityEvent, "Thank you to everyone who joined Coffee with a Cop on Taylor Street this morning!", 4),
            ("po.moreno", PostCategory.CommunityAlert, "Street closure: Ogden Ave between Roosevelt and 13th St until 6 pm for water main work. Use Ashland instead.", 2),
            ("po.grant", PostCategory.SpecialEvent, "Special event: free bike registration at the 12th District station Saturday 10 am to 2 pm. Details: https://www.chicagopolice.org", 1),
            ("po.nakamura", PostCategory.CrimePreventionTip, "Package thefts are up in River North. Ask for signature delivery or use a locker. #18thDistrict", 3),
        ];
        foreach (var (author, category, text, daysAgo) in published)
        {
            var user = await users.FindByNameAsync(author) ?? throw new InvalidOperationException($"Demo user {author} is missing.");
            var at = now.AddDays(-daysAgo);
            var post = Post.Draft(user.DistrictNumber!.Value, user.Id, user.DisplayName, new PostContent(category, text, null, false, null), at.AddMinutes(-20));
            post.Submit(user.Id, PolicyReview.Clear, districtRequiresSergeant: false, at.AddMinutes(-1));
            var id = "sandbox-" + Guid.NewGuid().ToString("N")[..16];
            post.MarkPublished(id, null, post.Text, "sandbox", sandbox: true, at);
            db.Posts.Add(post);
            audit.Record(AuditActions.Post.Published, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = id, sandbox = true, demo = true }, "publisher");
        }

        var grant = await users.FindByNameAsync("po.grant") ?? throw new InvalidOperationException("Demo user po.grant is missing.");
        const string routedText = "Two offenders were arrested after a burglary on the 1400 block of W. Taylor. Thank you to the neighbors who called 911.";
        var routed = Post.Draft(12, grant.Id, grant.DisplayName, new PostContent(PostCategory.SuccessStory, routedText, null, true, null), now.AddHours(-3));
        routed.Submit(grant.Id, PostPolicy.Review(routedText, true, 12, PolicyLists.Defaults), districtRequiresSergeant: false, now.AddHours(-3));
        db.Posts.Add(routed);
        audit.Record(AuditActions.Post.Submitted, AuditSubjects.Post, routed.Id.ToString(), 12, new { state = routed.State.ToString(), demo = true }, "po.grant");

        var moreno = await users.FindByNameAsync("po.moreno") ?? throw new InvalidOperationException("Demo user po.moreno is missing.");
        var draft = Post.Draft(12, moreno.Id, moreno.DisplayName, new PostContent(PostCategory.CommunityEvent, "Toy drive at the district station all December: new, unwrapped toys welcome.", null, false, null), now.AddHours(-1));
        db.Posts.Add(draft);
        audit.Record(AuditActions.Post.Drafted, AuditSubjects.Post, draft.Id.ToString(), 12, new { demo = true }, "po.moreno");
    }

    /// <summary>District 012 is covered around the clock (day and night watch), 018 has a weekend overnight watch.</summary>
    private static IEnumerable<Watch> DemoWatches(string logOnId)
    {
        DayOfWeek[] days = Enum.GetValues<DayOfWeek>();
        return logOnId switch
        {
            "po.grant" => days.Select(d => new Watch(d, new TimeOnly(6, 0), new TimeOnly(18, 0))),
            "po.moreno" => days.Select(d => new Watch(d, new TimeOnly(18, 0), new TimeOnly(6, 0))),
            "po.nakamura" => [new Watch(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(6, 0)), new Watch(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(6, 0))],
            _ => [],
        };
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
