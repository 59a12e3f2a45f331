using CpdTwitter.Domain.Records.Redaction;

namespace CpdTwitter.Domain.Tests.Records;

/// <summary>What a public-records export withholds (5 ILCS 140/7(1)(b) and (c)), and what it leaves for the public.</summary>
public sealed class RedactionRulesTests
{
    private static readonly RedactionRules Rules = new(["104233"], ["jkowalski"]);

    [Theory]
    [InlineData("Write to jane.doe+tips@gmail.com about it.", RedactionRules.Email)]
    [InlineData("Call her at (312) 555-0123 tonight.", RedactionRules.Phone)]
    [InlineData("Call her at 312-555-0123.", RedactionRules.Phone)]
    [InlineData("Call her at +1 312.555.0123.", RedactionRules.Phone)]
    [InlineData("Owner lives at 4521 N Kedzie Ave, Apt 2 and asked us to share.", RedactionRules.HomeAddress)]
    public void Private_information_is_replaced_and_logged_as_7_1_b(string text, string kind)
    {
        var result = Rules.Text(text);

        result.Text.ShouldContain("[redacted 7(1)(b)]");
        result.Redactions.ShouldBe([new Redaction(kind, Exemption.PrivateInformation)]);
        result.Text.ShouldNotContain("555");
        result.Text.ShouldNotContain("@");
        result.Text.ShouldNotContain("Kedzie");
    }

    [Theory]
    [InlineData("Entered by employee no. 118822 after roll call.", "118822", RedactionRules.EmployeeNumber)]
    [InlineData("Entered by Emp# 118822.", "118822", RedactionRules.EmployeeNumber)]
    [InlineData("Checked with 104233 before posting.", "104233", RedactionRules.EmployeeNumber)]
    [InlineData("Drafted under log-on ID: pgrant7 by mistake.", "pgrant7", RedactionRules.LogOnId)]
    [InlineData("Ask JKowalski to confirm.", "JKowalski", RedactionRules.LogOnId)]
    public void Employee_numbers_and_log_on_ids_are_replaced_and_logged_as_7_1_c(string text, string value, string kind)
    {
        var result = Rules.Note(text);

        result.Text.ShouldNotContain(value, Case.Insensitive);
        result.Text.ShouldContain("[redacted 7(1)(c)]");
        result.Redactions.ShouldBe([new Redaction(kind, Exemption.PersonalPrivacy)]);
    }

    [Theory]
    [InlineData("[internal] The complainant is the commander's neighbour.")]
    [InlineData("  Internal: hold until the family is told.")]
    public void A_note_marked_internal_is_withheld_whole(string note)
    {
        var result = Rules.Note(note);

        result.Text.ShouldBe("[redacted 7(1)(c)]");
        result.Redactions.ShouldBe([new Redaction(RedactionRules.InternalNote, Exemption.PersonalPrivacy)]);
    }

    [Fact]
    public void A_posting_text_that_starts_with_internal_is_not_a_note_and_stays()
    {
        Rules.Text("Internal: affairs of the district council meet Tuesday.").Changed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Road closures on the 1200 block of S. Michigan Ave until 6 pm.")]
    [InlineData("Beat meeting Tuesday 6:30 pm at the district station. Call 911 in an emergency, 311 otherwise.")]
    [InlineData("Case JG-123456: 14 arrests in 2026, 3,412 calls answered.")]
    [InlineData("Lock your car and take your keys. #CPD12")]
    public void Public_wording_stays_as_it_is(string text)
    {
        var result = Rules.Text(text);

        result.Changed.ShouldBeFalse();
        result.Text.ShouldBe(text);
    }

    [Fact]
    public void A_public_meeting_place_stays_in_a_posting_but_any_street_address_in_a_note_is_withheld()
    {
        const string text = "Beat 1213 meeting Thursday at 6:30 pm at the park fieldhouse, 5800 Fullerton Ave. Bring your questions!";

        Rules.Text(text).Changed.ShouldBeFalse();
        var note = Rules.Note(text);
        note.Text.ShouldNotContain("Fullerton");
        note.Redactions.ShouldBe([new Redaction(RedactionRules.HomeAddress, Exemption.PrivateInformation)]);
    }

    [Fact]
    public void Several_values_in_one_text_are_each_logged_in_order()
    {
        var result = Rules.Note("Tipster jane@example.org, 773-555-0199, emp # 104233.");

        result.Redactions.Select(r => r.Kind).ShouldBe([RedactionRules.EmployeeNumber, RedactionRules.Email, RedactionRules.Phone]);
        result.Text.ShouldBe("Tipster [redacted 7(1)(b)], [redacted 7(1)(b)], emp # [redacted 7(1)(c)].");
    }

    [Fact]
    public void Short_log_on_ids_are_not_sought_in_free_text()
    {
        new RedactionRules(knownLogOnIds: ["the"]).Text("Lock the car.").Changed.ShouldBeFalse();
    }

    [Fact]
    public void The_replacement_names_the_section_and_the_citation_the_act()
    {
        Exemption.PrivateInformation.Replacement().ShouldBe("[redacted 7(1)(b)]");
        Exemption.PersonalPrivacy.Citation().ShouldBe("5 ILCS 140/7(1)(c)");
    }
}
