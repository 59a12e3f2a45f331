using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Web.InputRules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// A domain rule broken in any handler (today's handlers all go through the unit of work, which turns it into an
/// outcome; tomorrow's may not) becomes a message on the page, never the error page.
/// </summary>
public sealed class InputRefusalFilterTests
{
    private sealed class AnyPage : PageModel;

    private static (AnyPage Page, PageContext Context) Post()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Request.Method = HttpMethods.Post;
        var descriptor = new CompiledPageActionDescriptor { HandlerMethods = [], ViewEnginePath = "/Any" };
        var action = new ActionContext(http, new RouteData(), descriptor, new ModelStateDictionary());
        var context = new PageContext(action) { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), action.ModelState) };
        var page = new AnyPage { PageContext = context };
        page.ModelState.SetModelValue("Input.Justification", "x", "x");
        return (page, context);
    }

    private static async Task<PageHandlerExecutedContext> RunAsync(Exception thrown)
    {
        var (page, context) = Post();
        var executing = new PageHandlerExecutingContext(context, [], handlerMethod: null, new Dictionary<string, object?>(), page);
        PageHandlerExecutedContext? executed = null;
        await new InputRefusalFilter(NullLogger<InputRefusalFilter>.Instance).OnPageHandlerExecutionAsync(executing,
            () => Task.FromResult(executed = new PageHandlerExecutedContext(context, [], handlerMethod: null, page) { Exception = thrown }));
        return executed!;
    }

    [Fact]
    public async Task A_DomainException_thrown_by_a_handler_is_shown_next_to_its_field()
    {
        var executed = await RunAsync(DomainException.For("Justification", "Say why the link is needed."));

        executed.ExceptionHandled.ShouldBeTrue();
        executed.Result.ShouldBeOfType<PageResult>();
        executed.ModelState["Input.Justification"]!.Errors.Single().ErrorMessage.ShouldBe("Say why the link is needed.");
        InputRefusal.WasShownAgain(executed.HttpContext).ShouldBeTrue("the layout lists the message at the top as well");
    }

    [Fact]
    public async Task An_ArgumentException_from_a_domain_guard_becomes_a_message_without_its_parameter_name()
    {
        var guard = Should.Throw<ArgumentException>(() => new Actor(" ", "Nobody", [], null));

        var executed = await RunAsync(guard);

        executed.ExceptionHandled.ShouldBeTrue();
        executed.ModelState[string.Empty]!.Errors.Single().ErrorMessage.ShouldBe("The value cannot be an empty string or composed entirely of whitespace.");
    }

    [Fact]
    public async Task An_ArgumentException_from_outside_the_domain_is_a_bug_and_still_reaches_the_error_page()
    {
        var bug = Should.Throw<ArgumentException>(() => ArgumentException.ThrowIfNullOrEmpty(string.Empty, "web"));

        var executed = await RunAsync(bug);

        executed.ExceptionHandled.ShouldBeFalse();
        executed.Result.ShouldBeNull();
    }
}
