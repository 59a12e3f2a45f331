using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Notifications;

namespace CpdTwitter.Web.Pages.Admin.Audit;

/// <summary>What an audit event is about, in words, with a link to the page an ISD administrator can open for it.</summary>
public sealed record AuditSubject(string Text, string? Link)
{
    /// <summary>
    /// The subject of one event; <paramref name="names"/> maps the account ids of the page's events to people's names,
    /// so accounts show by the name people know.
    /// </summary>
    public static AuditSubject For(string subjectType, string? subjectId, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var id = subjectId ?? string.Empty;
        string Account(string prefix) => names.TryGetValue(id, out var name) ? $"{prefix} {name}" : $"{prefix} {id}".TrimEnd();
        string? UserLink() => id.Length > 0 ? "/Admin/Users/Edit/" + Uri.EscapeDataString(id) : null;
        return subjectType switch
        {
            AuditSubjects.User => new(Account("Account"), UserLink()),
            AuditSubjects.Representative => new(Account("Representative"), UserLink()),
            AuditSubjects.Post when Guid.TryParse(id, out var post) => new($"Post {post.ToString()[..8]}", AppLinks.Post(post)),
            AuditSubjects.Device => new("Department device", "/Admin/Devices"),
            AuditSubjects.Rank => new($"Rank {id}", "/Admin/Ranks"),
            AuditSubjects.XAccount => new($"X account of district {District(id)}", AppLinks.XAccounts),
            AuditSubjects.Publishing => new(id == PublishingSwitch.DepartmentScope.ToString(CultureInfo.InvariantCulture)
                ? "Department-wide publishing" : $"Publishing of district {District(id)}", AppLinks.Publishing),
            AuditSubjects.Appointment => new("Representative appointment", null),
            AuditSubjects.RegistrySubmission => new("Registry submission to News Affairs", null),
            AuditSubjects.PolicyTerm => new($"Policy term #{id}", null),
            AuditSubjects.PostTemplate when Guid.TryParse(id, out var template) => new($"Post template {template.ToString()[..8]}", null),
            AuditSubjects.AuditTrail => new("The audit trail", "/Admin/Audit"),
            AuditSubjects.Guidance when int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var version) => new($"Guidance version {version}", AppLinks.GuidanceVersion(version)),
            AuditSubjects.RecordSeries => new($"Record series {id}", "/Admin/Records"),
            AuditSubjects.LegalHold => new("Legal hold", "/Admin/Records/Holds"),
            AuditSubjects.Disposition => new("Disposition", "/Admin/Records/Dispositions"),
            AuditSubjects.FoiaRequest when Guid.TryParse(id, out var request) => new("Public-records request", Infrastructure.Records.Requests.FoiaRequestLog.Link(request)),
            AuditSubjects.Mention when Guid.TryParse(id, out var mention) => new($"Mention {mention.ToString()[..8]}", AppLinks.Mention(mention)),
            AuditSubjects.MentionPoll => new($"Mentions read for district {District(id)}", AppLinks.Publishing),
            // The press list is News Affairs' page alone; the details name the handle.
            AuditSubjects.PressContact => new("Press list entry", null),
            _ => new($"{subjectType} {id}".TrimEnd(), null),
        };
    }

    private static string District(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString("000", CultureInfo.InvariantCulture) : id;
}
