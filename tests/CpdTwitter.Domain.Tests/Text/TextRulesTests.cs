namespace CpdTwitter.Domain.Tests.Text;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("ok\0", "a control character (U+0000)")]
    [InlineData("bell\a", "a control character (U+0007)")]
    [InlineData("escape\u001B[31m", "a control character (U+001B)")]
    [InlineData("delete\u007F", "a control character (U+007F)")]
    [InlineData("next line\u0085", "a control character (U+0085)")]
    [InlineData("ok\uFFFE", "a Unicode noncharacter (U+FFFE)")]
    [InlineData("ok\uFFFF", "a Unicode noncharacter (U+FFFF)")]
    [InlineData("ok\uFDD0", "a Unicode noncharacter (U+FDD0)")]
    [InlineData("ok\uFDEF", "a Unicode noncharacter (U+FDEF)")]
    [InlineData("plane 1 \U0001FFFE", "a Unicode noncharacter (U+1FFFE)")]
    [InlineData("plane 16 \U0010FFFF", "a Unicode noncharacter (U+10FFFF)")]
    [InlineData("garbled \uFFFD", "a character that did not arrive intact (U+FFFD, the replacement character)")]
    [InlineData("ok\u202Eevil", "a bidirectional control character (U+202E) that can disguise the order of the text")]
    [InlineData("\u202Aembedded", "a bidirectional control character (U+202A) that can disguise the order of the text")]
    [InlineData("isolate\u2066x\u2069", "a bidirectional control character (U+2066) that can disguise the order of the text")]
    [InlineData("pop\u2069", "a bidirectional control character (U+2069) that can disguise the order of the text")]
    public void Refuses_what_cannot_be_stored_or_shown_safely_and_names_it(string text, string problem) =>
        TextRules.Problem(text).ShouldBe(problem);

    [Fact]
    public void Refuses_a_lone_surrogate_anywhere()
    {
        // Built at run time: a lone surrogate in an attribute's string does not survive compilation (it becomes U+FFFD).
        TextRules.Problem("lone " + (char)0xD800 + " high").ShouldBe("a broken character (a lone surrogate, U+D800)");
        TextRules.Problem("lone " + (char)0xDC00 + " low").ShouldBe("a broken character (a lone surrogate, U+DC00)");
        TextRules.Problem("at the end " + (char)0xD83D).ShouldBe("a broken character (a lone surrogate, U+D83D)");
        TextRules.Problem("reversed pair " + (char)0xDE00 + (char)0xD83D + " !").ShouldBe("a broken character (a lone surrogate, U+DE00)");
        TextRules.Problem("a real pair 😀").ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Beat meeting tonight at 6:30 pm.\tRoom 2\r\nAll welcome\n")]
    [InlineData("Join us 🚓 at the 12th District — café, niño, 北京")]
    [InlineData("עברית\u200F (mark) and \u200E left-to-right and \u061C Arabic letter mark")]
    [InlineData("emoji with joiner 👩\u200D👧 and variation ❤\uFE0F")]
    [InlineData("last private use before the plane's end \U0010FFFD")]
    [InlineData("U+FFFC object replacement \uFFFC and U+FDCF \uFDCF and U+FDF0 \uFDF0")]
    public void Accepts_ordinary_text_tabs_line_breaks_and_directional_marks(string? text) =>
        TextRules.Problem(text).ShouldBeNull();

    [Fact]
    public void The_messages_name_the_field_the_problem_and_the_limit()
    {
        TextRules.Message("Comment", TextRules.Problem("a\0")!)
            .ShouldBe("Comment contains a control character (U+0000), which cannot be accepted. Remove it and try again.");
        TextRules.TooLong("Rank", 64, 4001).ShouldBe("Rank is too long: at most 64 characters (4,001 entered).");
    }

    [Fact]
    public void Noncharacters_are_the_66_code_points_Unicode_sets_aside()
    {
        Enumerable.Range(0, 0x110000).Count(TextRules.IsNoncharacter).ShouldBe(66);
    }

    [Fact]
    public void Dates_from_2000_to_two_years_ahead_are_accepted()
    {
        var today = new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc);
        DateWindow.Contains(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), today).ShouldBeTrue();
        DateWindow.Contains(new DateTime(2028, 11, 29, 23, 59, 0, DateTimeKind.Unspecified), today).ShouldBeTrue();
        DateWindow.Contains(new DateTime(1999, 12, 31, 23, 59, 0, DateTimeKind.Unspecified), today).ShouldBeFalse();
        DateWindow.Contains(new DateTime(2028, 11, 30, 0, 0, 0, DateTimeKind.Unspecified), today).ShouldBeFalse();
        DateWindow.Contains(DateTime.MinValue, today).ShouldBeFalse();
        DateWindow.Contains(new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Unspecified), today).ShouldBeFalse();
        DateWindow.Message("Starts", today).ShouldBe("Starts must be between 1 January 2000 and 29 November 2028.");
    }
}
