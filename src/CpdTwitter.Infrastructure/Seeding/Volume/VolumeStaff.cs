using System.Globalization;
using Bogus;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// The people of the generated history: per district a commander, two sergeants and a succession of representatives
/// (each appointment or replacement a registry submission that News Affairs acknowledges), and the department's News
/// Affairs and ISD staff. The members serving today carry the fixed bench.* log-on IDs.
/// </summary>
internal sealed class VolumeStaff
{
    public const string IsdLogOnId = "bench.isd";
    public const string NewsLogOnId = "bench.news";
    private const string SupervisorRole = "District supervisor";

    private readonly Faker _faker;
    private readonly Random _random;
    private readonly SeedIds _ids;
    private readonly string? _passwordHash;
    private readonly Dictionary<int, List<VolumeTerm>> _terms = [];
    private readonly Dictionary<int, VolumeMember[]> _sergeants = [];
    private readonly Dictionary<int, VolumeMember> _commanders = [];
    private readonly List<VolumeMember> _news = [];
    private int _numbers;

    public VolumeStaff(Faker faker, Random random, SeedIds ids, string? passwordHash)
    {
        _faker = faker;
        _random = random;
        _ids = ids;
        _passwordHash = passwordHash;
    }

    public static string RepresentativeLogOnId(int district) => string.Create(CultureInfo.InvariantCulture, $"bench.rep{district:000}");

    public static string SergeantLogOnId(int district) => string.Create(CultureInfo.InvariantCulture, $"bench.sgt{district:000}");

    public static string CommanderLogOnId(int district) => string.Create(CultureInfo.InvariantCulture, $"bench.cmd{district:000}");

    public static string Handle(int district) => $"CPD{ChicagoDistricts.Ordinal(district)}Dist";

    /// <summary>Districts whose commander turned on sergeant approval for every post.</summary>
    public static IReadOnlySet<int> SergeantApproval { get; } = new HashSet<int> { 3, 7, 15, 24 };

    public IReadOnlyList<VolumeMember> NewsAffairs => _news;

    public VolumeMember Isd { get; private set; } = null!;

    public VolumeMember Commander(int district) => _commanders[district];

    public IReadOnlyList<VolumeMember> Sergeants(int district) => _sergeants[district];

    public VolumeMember Sergeant(int district) => _sergeants[district][_random.Next(2)];

    /// <summary>One of the representatives serving the district at that moment.</summary>
    public VolumeMember Author(int district, DateTime at)
    {
        var terms = _terms[district];
        VolumeTerm? first = null, second = null;
        foreach (var term in terms)
        {
            if (term.Covers(at))
            {
                if (first is null)
                {
                    first = term;
                }
                else
                {
                    second = term;
                }
            }
        }

        var chosen = second is not null && _random.Next(2) == 1 ? second : first ?? terms[0];
        return chosen.Representative;
    }

    public static string ApproverRole(VolumeMember member) => member.Role == Roles.NewsAffairs ? "Office of News Affairs" : SupervisorRole;

    /// <summary>Generates everyone, their registry history from <paramref name="start"/> to <paramref name="now"/>, and the watches of today's representatives.</summary>
    public void Generate(DateTime start, DateTime now, RowBatch batch, AuditStream audit)
    {
        var opened = start.AddDays(-30);
        Isd = Add(batch, audit, opened, null, Roles.IsdAdministrator, IsdLogOnId, string.Empty, now);
        Add(batch, audit, opened, null, Roles.IsdAdministrator, null, string.Empty, now);
        _news.Add(Add(batch, audit, opened, null, Roles.NewsAffairs, NewsLogOnId, string.Empty, now));
        _news.Add(Add(batch, audit, opened, null, Roles.NewsAffairs, null, string.Empty, now));
        _news.Add(Add(batch, audit, opened, null, Roles.NewsAffairs, null, string.Empty, now));

        foreach (var district in ChicagoDistricts.All.Select(d => d.Number))
        {
            _commanders[district] = Add(batch, audit, opened, district, Roles.Commander, CommanderLogOnId(district), "Cmdr.", now);
            _sergeants[district] =
            [
                Add(batch, audit, opened, district, Roles.CommunityPolicingSergeant, SergeantLogOnId(district), "Sgt.", now),
                Add(batch, audit, opened, district, Roles.CommunityPolicingSergeant, null, "Sgt.", now),
            ];
            _terms[district] = [];
            if (SergeantApproval.Contains(district))
            {
                var at = start.AddDays(_random.Next(1, 60));
                batch.Add(VolumeTable.Switches, district, true, ReviewSchedule.DefaultReviewWithinHours);
                audit.Record(at, _commanders[district].LogOnId, AuditActions.Publishing.SergeantApprovalChanged, AuditSubjects.Publishing,
                    district.ToString(CultureInfo.InvariantCulture), district, new { required = true });
            }

            for (var slot = 1; slot <= 2; slot++)
            {
                GenerateSlot(district, slot, start.AddDays(-20), now, batch, audit);
            }
        }
    }

    private void GenerateSlot(int district, int slot, DateTime from, DateTime now, RowBatch batch, AuditStream audit)
    {
        var commander = _commanders[district];
        VolumeTerm? previous = null;
        Guid? previousAppointment = null;
        var at = from;
        while (true)
        {
            var until = at.AddDays(_random.Next(550, 1500));
            var current = until >= now;
            var logOnId = current && slot == 1 ? RepresentativeLogOnId(district) : null;
            var rep = Add(batch, audit, at.AddDays(-2), district, Roles.Representative, logOnId, "P.O.", now, current);
            var submissionId = _ids.Next();
            var appointmentId = _ids.Next();
            var star = (10000 + ++_numbers).ToString(CultureInfo.InvariantCulture);
            var employee = (600000 + _numbers).ToString(CultureInfo.InvariantCulture);
            var email = rep.LogOnId + "@" + DepartmentEmail.DefaultDomain;
            var describe = $"{rep.Name}, Police Officer, star {star}";
            string summary;
            string? reason = null;
            if (previous is null)
            {
                summary = $"Slot {slot}: {describe} appointed.";
            }
            else
            {
                reason = _faker.PickRandom("Reassigned to another unit.", "Promoted.", "Retired.", "Transferred to another watch.");
                summary = $"Slot {slot}: {describe} replaces {previous.Representative.Name} (star {StarOf(previous)}) from {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Reason: {reason}";
            }

            var acknowledgedAt = at.AddHours(_random.Next(2, 96));
            var news = _news[_random.Next(_news.Count)];
            var acknowledged = acknowledgedAt <= now;
            batch.Add(VolumeTable.Submissions, submissionId, district, commander.Id, commander.Name, at, summary,
                acknowledged ? acknowledgedAt : null, acknowledged ? news.Id : null, acknowledged ? news.Name : null);
            var ended = current ? (DateTime?)null : until;
            batch.Add(VolumeTable.Appointments, appointmentId, district, slot, rep.Id, rep.LogOnId, rep.Name, "Police Officer", star, employee, email,
                submissionId, commander.Id, commander.Name, at, ended, current ? null : commander.Id, current ? null : commander.Name,
                current ? null : "Replaced", acknowledged ? acknowledgedAt : null, acknowledged ? news.Id : null, acknowledged ? news.Name : null);
            _stars[rep.Id] = star;
            if (previous is null)
            {
                audit.Record(at, commander.LogOnId, AuditActions.Registry.Appointed, AuditSubjects.Appointment, appointmentId.ToString(), district,
                    new { slot, name = rep.Name, rank = "Police Officer", star, submission = submissionId });
            }
            else
            {
                audit.Record(at, commander.LogOnId, AuditActions.Registry.Replaced, AuditSubjects.Appointment, appointmentId.ToString(), district,
                    new { slot, name = rep.Name, rank = "Police Officer", star, replaced = previousAppointment, endedAt = at, reason, submission = submissionId });
            }

            if (acknowledged)
            {
                audit.Record(acknowledgedAt, news.LogOnId, AuditActions.Registry.Acknowledged, AuditSubjects.RegistrySubmission, submissionId.ToString(), district, new { summary });
            }

            var term = new VolumeTerm(rep, district, slot, at, current ? null : until);
            _terms[district].Add(term);
            if (current)
            {
                AddWatches(rep, district, slot, at, batch, audit);
                return;
            }

            previous = term;
            previousAppointment = appointmentId;
            at = until;
        }
    }

    private readonly Dictionary<string, string> _stars = [];

    private string StarOf(VolumeTerm term) => _stars[term.Representative.Id];

    /// <summary>Slot 1 covers the day watch, slot 2 the night, every day of the week (as in the demo's district 012).</summary>
    private void AddWatches(VolumeMember rep, int district, int slot, DateTime at, RowBatch batch, AuditStream audit)
    {
        var commander = _commanders[district];
        var (start, end) = slot == 1 ? (new TimeOnly(6, 0), new TimeOnly(18, 0)) : (new TimeOnly(18, 0), new TimeOnly(6, 0));
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var setAt = at.AddMinutes(30);
            batch.Add(VolumeTable.Watches, _ids.Next(), rep.Id, district, day.ToString(), start, end, commander.Id, commander.Name, setAt);
            audit.Record(setAt, commander.LogOnId, AuditActions.Duty.WatchAdded, AuditSubjects.Representative, rep.Id, district,
                new { day = day.ToString(), start = start.ToString("HH:mm", CultureInfo.InvariantCulture), end = end.ToString("HH:mm", CultureInfo.InvariantCulture) });
        }
    }

    private VolumeMember Add(RowBatch batch, AuditStream audit, DateTime createdAt, int? district, string role, string? logOnId, string rank, DateTime now, bool active = true)
    {
        var first = Ascii(_faker.Name.FirstName());
        var last = Ascii(_faker.Name.LastName());
        var name = $"{first} {last}";
        var display = rank.Length == 0 ? name : $"{rank} {name}";
        logOnId ??= string.Create(CultureInfo.InvariantCulture, $"{first}.{last}{++_numbers}").ToLowerInvariant();
        var id = _ids.Next().ToString();
        var email = logOnId + "@" + DepartmentEmail.DefaultDomain;
        var member = new VolumeMember(id, logOnId, display, name, district, role);
        var created = createdAt > now ? now : createdAt;
        batch.Add(VolumeTable.Users, id, logOnId, logOnId.ToUpperInvariant(), email, email.ToUpperInvariant(), true, _passwordHash,
            _ids.Next().ToString("N").ToUpperInvariant(), _ids.Next().ToString(), false, false, true, 0, display, district, created,
            active ? now.AddHours(-_random.Next(1, 48)) : null);
        batch.Add(VolumeTable.UserRoles, id, role);
        audit.Record(created, Isd?.LogOnId ?? SystemActor, AuditActions.User.Created, AuditSubjects.User, id, district,
            new { logOnId, roles = new[] { role }, district });
        return member;
    }

    private const string SystemActor = "system";

    private static string Ascii(string value)
    {
        var letters = new string(value.Where(char.IsAsciiLetter).ToArray());
        return letters.Length == 0 ? "Lee" : letters;
    }
}
