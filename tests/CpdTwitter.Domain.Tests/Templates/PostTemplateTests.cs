using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Templates;

public sealed class PostTemplateTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 15, 0, 0, DateTimeKind.Utc);
    private const string BeatMeeting = "Join us at the beat {beat} meeting on {date} at {time}, {place}. Bring your questions for your officers.";

    private static PostTemplate Make(string body = BeatMeeting, IReadOnlyDictionary<string, string?>? labels = null, string name = "Beat meeting") =>
        PostTemplate.Create(new TemplateContent(name, PostCategory.BeatMeeting, body, labels), PolicyLists.Defaults, Members.NewsAffairs, Now);

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void The_fields_are_read_from_the_text_in_order_each_once_with_a_label_made_from_the_name()
    {
        var template = Make("{place}: beat {beat} on {date}. See you at {place}! {start_time} {endTime}");

        template.Fields.ShouldBe([
            new TemplateField("place", "Place"), new TemplateField("beat", "Beat"), new TemplateField("date", "Date"),
            new TemplateField("start_time", "Start time"), new TemplateField("endTime", "End time")]);
        template.Version.ShouldBe(1);
        (template.CreatedById, template.ChangedByName).ShouldBe(("u-news", "News Bell"));
    }

    [Fact]
    public void A_label_entered_for_a_field_is_kept_and_a_blank_one_is_made_from_the_name()
    {
        var template = Make(labels: new Dictionary<string, string?> { ["beat"] = " Beat number ", ["date"] = " ", ["unused"] = "Ignored" });

        template.Fields.Select(f => f.Label).ShouldBe(["Beat number", "Date", "Time", "Place"]);
        template.Sample().ShouldBe("Join us at the beat [Beat number] meeting on [Date] at [Time], [Place]. Bring your questions for your officers.");
    }

    [Theory]
    [InlineData("Meet at {place", "a “{” that is never closed", 1, 9)]
    [InlineData("Meet at place}", "a “}” that closes no field", 1, 14)]
    [InlineData("Meet\nat {1place}", "“{1place}”, which is not a field name", 2, 4)]
    [InlineData("Meet at { place }", "“{ place }”, which is not a field name", 1, 9)]
    [InlineData("Meet at {}", "“{}”, which is not a field name", 1, 9)]
    [InlineData("Meet at {pl{ace}", "a “{” that is never closed", 1, 9)]
    public void Unbalanced_or_unnamed_braces_are_refused_saying_where(string body, string what, int line, int column)
    {
        var refusal = Should.Throw<DomainException>(() => Make(body));

        refusal.Field.ShouldBe(nameof(PostTemplate.Body));
        refusal.Message.ShouldContain(what);
        refusal.Message.ShouldEndWith($"(line {line}, character {column}).");
    }

    [Fact]
    public void A_brace_written_twice_is_a_brace_in_the_post()
    {
        var template = Make("Text {{CODE}} to {number} }}");

        template.Fields.ShouldBe([new TemplateField("number", "Number")]);
        template.Fill(Values(("number", "311"))).Text.ShouldBe("Text {CODE} to 311 }");
    }

    [Fact]
    public void Filling_in_every_field_gives_the_post_text_measured_as_X_counts_it()
    {
        var filling = Make().Fill(Values(("beat", "1231"), ("date", "Tuesday, December 8"), ("time", "6:30 pm"), ("place", " Union Park fieldhouse ")));

        filling.Succeeded.ShouldBeTrue();
        filling.Text.ShouldBe("Join us at the beat 1231 meeting on Tuesday, December 8 at 6:30 pm, Union Park fieldhouse. Bring your questions for your officers.");
        filling.Measure.WeightedLength.ShouldBe(TweetText.Measure(filling.Text).WeightedLength);
    }

    [Fact]
    public void Each_missing_value_is_refused_naming_its_field()
    {
        var filling = Make(labels: new Dictionary<string, string?> { ["beat"] = "Beat number" }).Fill(Values(("beat", " "), ("time", "6:30 pm"), ("place", "Union Park")));

        filling.Succeeded.ShouldBeFalse();
        filling.Problems.ShouldBe([("beat", "Enter the beat number."), ("date", "Enter the date.")]);
    }

    [Fact]
    public void A_value_with_a_control_character_a_line_break_or_too_long_is_refused()
    {
        var filling = Make().Fill(Values(("beat", "12\u000731"), ("date", "Tuesday\nDecember 8"), ("time", new string('9', TemplateFilling.ValueMaxLength + 1)), ("place", "Union Park\u202E")));

        filling.Problems.Select(p => p.Field).ShouldBe(["beat", "date", "time", "place"]);
        filling.Problems[0].Message.ShouldBe("Beat contains a control character (U+0007), which cannot be accepted. Remove it and try again.");
        filling.Problems[1].Message.ShouldBe("Keep the date on one line.");
        filling.Problems[2].Message.ShouldBe($"Time is too long: at most {TemplateFilling.ValueMaxLength} characters ({TemplateFilling.ValueMaxLength + 1} entered).");
        filling.Problems[3].Message.ShouldContain("bidirectional control character");
    }

    [Fact]
    public void A_filled_text_longer_than_X_allows_is_reported_with_how_much_to_cut()
    {
        var filling = Make().Fill(Values(("beat", "1231"), ("date", "Tuesday"), ("time", "6:30 pm"), ("place", new string('p', 190))));

        filling.Succeeded.ShouldBeFalse();
        var (field, message) = filling.Problems.ShouldHaveSingleItem();
        field.ShouldBe(string.Empty);
        message.ShouldStartWith($"Filled in, the post would be {filling.Measure.WeightedLength} characters as X counts them; the limit is 280. Shorten the beat, date, time or place by {filling.Measure.WeightedLength - 280}.");
    }

    [Fact]
    public void A_template_whose_own_text_leaves_no_room_for_its_fields_is_refused()
    {
        var refusal = Should.Throw<DomainException>(() => Make(new string('a', 280) + " {place}"));

        refusal.Field.ShouldBe(nameof(PostTemplate.Body));
        refusal.Message.ShouldStartWith("Without its fields the text is already 281 characters as X counts them");
    }

    [Theory]
    [InlineData("Big sale at {place}!", "promotional wording “sale”")]
    [InlineData("Details: https://example.com/{page}", "It links to example.com")]
    public void A_template_the_advertising_rules_would_stop_is_refused(string body, string finding)
    {
        var refusal = Should.Throw<DomainException>(() => Make(body));

        refusal.Field.ShouldBe(nameof(PostTemplate.Body));
        refusal.Message.ShouldStartWith("Every post started from this template would be stopped by the link and advertising rules (IV.E):");
        refusal.Message.ShouldContain(finding);
    }

    [Fact]
    public void A_field_is_never_part_of_a_policy_finding_and_a_notable_term_is_reported_not_refused()
    {
        Should.NotThrow(() => Make("Our {sale_item} at {place}"));

        var checkedTemplate = PostTemplate.Checked(new TemplateContent("Arrest", PostCategory.SuccessStory, "An arrest in beat {beat}.", null), PolicyLists.Defaults);
        checkedTemplate.NotableReasons.ShouldHaveSingleItem().ShouldContain("arrest");
        checkedTemplate.RoomForFields.ShouldBe(280 - TweetText.Measure("An arrest in beat .").WeightedLength);
    }

    [Theory]
    [InlineData("", "Give the template a name")]
    [InlineData("Beat\u0000meeting", "The name contains a control character")]
    public void A_name_is_required_and_checked(string name, string message)
    {
        var refusal = Should.Throw<DomainException>(() => Make(name: name));

        refusal.Field.ShouldBe(nameof(PostTemplate.Name));
        refusal.Message.ShouldStartWith(message);
    }

    [Fact]
    public void A_label_is_checked_and_its_message_names_its_field()
    {
        var refusal = Should.Throw<DomainException>(() => Make(labels: new Dictionary<string, string?> { ["place"] = new string('L', PostTemplate.LabelMaxLength + 1) }));

        refusal.Field.ShouldBe("Labels[place]");
    }

    [Fact]
    public void Only_News_Affairs_keeps_the_templates()
    {
        Should.Throw<DomainException>(() => PostTemplate.Create(new TemplateContent("T", PostCategory.BeatMeeting, "Hello {place}", null), PolicyLists.Defaults, Members.Commander(12), Now))
            .Message.ShouldBe("Only the Office of News Affairs keeps the post templates.");
        var template = Make();
        Should.Throw<DomainException>(() => template.Retire(Members.Representative(12), Now));
        Should.Throw<DomainException>(() => template.Change(new TemplateContent("T", PostCategory.BeatMeeting, "Hi {place}", null), 1, PolicyLists.Defaults, Members.Isd, Now));
    }

    [Fact]
    public void A_change_raises_the_version_an_unchanged_save_does_not_and_a_stale_form_is_refused()
    {
        var template = Make();

        template.Change(new TemplateContent("Beat meeting", PostCategory.BeatMeeting, BeatMeeting, null), 1, PolicyLists.Defaults, Members.NewsAffairs, Now).ShouldBeFalse();
        template.Version.ShouldBe(1);
        template.Change(new TemplateContent("Beat meeting", PostCategory.BeatMeeting, BeatMeeting, new Dictionary<string, string?> { ["beat"] = "Beat number" }), 1, PolicyLists.Defaults, Members.NewsAffairs, Now).ShouldBeTrue();
        template.Version.ShouldBe(2);
        Should.Throw<DomainException>(() => template.Change(new TemplateContent("Beat meeting", PostCategory.CommunityEvent, BeatMeeting, null), 1, PolicyLists.Defaults, Members.NewsAffairs, Now))
            .Message.ShouldStartWith("Someone changed this template while you were editing it (it is now version 2).");
    }

    [Fact]
    public void A_retired_template_is_not_filled_and_starts_no_draft_until_restored()
    {
        var template = Make();
        template.Retire(Members.NewsAffairs, Now);
        var values = Values(("beat", "1231"), ("date", "Tuesday"), ("time", "6:30 pm"), ("place", "Union Park"));

        template.Retired.ShouldBeTrue();
        template.RetiredByName.ShouldBe("News Bell");
        Should.Throw<DomainException>(() => template.Fill(values)).Message.ShouldContain("has been retired");
        Should.Throw<DomainException>(() => Post.Draft(12, "u-po-12", "P.O. 12", new PostContent(PostCategory.BeatMeeting, "x", null, false, null), Now, template: template));
        Should.Throw<DomainException>(() => template.Retire(Members.NewsAffairs, Now));

        template.Restore(Members.NewsAffairs, Now);
        template.Retired.ShouldBeFalse();
        template.Version.ShouldBe(1);
        template.Fill(values).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_draft_started_from_a_template_records_the_template_and_the_version_and_keeps_them_when_the_template_changes()
    {
        var template = Make();
        template.Change(new TemplateContent("Beat meeting", PostCategory.BeatMeeting, BeatMeeting + " All welcome.", null), 1, PolicyLists.Defaults, Members.NewsAffairs, Now);
        var text = template.Fill(Values(("beat", "1231"), ("date", "Tuesday"), ("time", "6:30 pm"), ("place", "Union Park"))).Text;

        var post = Post.Draft(12, "u-po-12", "P.O. 12", new PostContent(template.Category, text, null, false, null), Now, template: template);
        template.Change(new TemplateContent("Beat meeting", PostCategory.BeatMeeting, BeatMeeting, null), 2, PolicyLists.Defaults, Members.NewsAffairs, Now);

        (post.TemplateId, post.TemplateVersion).ShouldBe((template.Id, 2));
        template.Version.ShouldBe(3);
        post.Text.ShouldEndWith("All welcome.");
        Post.Draft(12, "u-po-12", "P.O. 12", new PostContent(PostCategory.BeatMeeting, "x", null, false, null), Now).TemplateId.ShouldBeNull();
    }

    [Theory]
    [InlineData("start_time", "Start time")]
    [InlineData("caps_ID", "Caps ID")]
    [InlineData("x", "X")]
    [InlineData("beat2", "Beat2")]
    public void Labels_are_made_from_names(string name, string label) =>
        TemplateBody.LabelFor(name).ShouldBe(label);
}
