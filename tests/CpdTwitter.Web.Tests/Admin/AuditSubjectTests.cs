using CpdTwitter.Domain.Audit;
using CpdTwitter.Web.Pages.Admin.Audit;

namespace CpdTwitter.Web.Tests.Admin;

/// <summary>The audit trail names the records of issue 16 in words, and links a mention to its page in the inbox.</summary>
public sealed class AuditSubjectTests
{
    private static readonly Dictionary<string, string> NoNames = [];

    [Fact]
    public void A_mention_links_to_the_inbox()
    {
        var id = Guid.NewGuid();

        var subject = AuditSubject.For(AuditSubjects.Mention, id.ToString(), NoNames);

        subject.Text.ShouldBe($"Mention {id.ToString()[..8]}");
        subject.Link.ShouldBe($"/Inbox/{id}");
    }

    [Fact]
    public void The_mentions_poll_and_a_press_list_entry_are_named_in_words()
    {
        AuditSubject.For(AuditSubjects.MentionPoll, "12", NoNames).Text.ShouldBe("Mentions read for district 012");
        var press = AuditSubject.For(AuditSubjects.PressContact, Guid.NewGuid().ToString(), NoNames);
        press.Text.ShouldBe("Press list entry");
        press.Link.ShouldBeNull();
    }
}
