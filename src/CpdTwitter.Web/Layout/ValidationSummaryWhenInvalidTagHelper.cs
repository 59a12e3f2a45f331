using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdTwitter.Web.Layout;

/// <summary>
/// Every <c>asp-validation-summary</c> renders only when there is an error for it to show. ASP.NET Core's own summary
/// otherwise renders an empty list hidden by an inline style, which the Content Security Policy blocks: an empty red
/// box. A shown summary takes focus on load (wwwroot/js/focus-message.js), so a refused form's message is not off-screen.
/// </summary>
[HtmlTargetElement("div", Attributes = SummaryAttribute)]
public sealed class ValidationSummaryWhenInvalidTagHelper : TagHelper
{
    private const string SummaryAttribute = "asp-validation-summary";

    // After ASP.NET Core's ValidationSummaryTagHelper (order 0), so its output is what is kept or dropped.
    public override int Order => 1000;

    [HtmlAttributeName(SummaryAttribute)]
    public ValidationSummary Mode { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ViewData.ModelState;
        var shown = Mode switch
        {
            ValidationSummary.All => modelState.ErrorCount > 0,
            ValidationSummary.ModelOnly => modelState.TryGetValue(ViewContext.ViewData.TemplateInfo.HtmlFieldPrefix, out var entry) && entry.Errors.Count > 0,
            _ => false,
        };
        if (!shown)
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-focus-on-load", "true");
    }
}
