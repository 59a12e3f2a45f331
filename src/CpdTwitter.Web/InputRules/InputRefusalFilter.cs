using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using CpdTwitter.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.InputRules;

/// <summary>Marks on the request: a value was refused while binding; the page was shown again because of it.</summary>
public static class InputRefusal
{
    private static readonly object Refused = new();
    private static readonly object ShownAgain = new();

    public static void Mark(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Refused] = true;
    }

    public static bool IsMarked(HttpContext context) => context?.Items.ContainsKey(Refused) == true;

    public static void MarkShownAgain(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ShownAgain] = true;
    }

    /// <summary>The page is being shown again with the refusal's messages (the layout lists them at the top).</summary>
    public static bool WasShownAgain(HttpContext context) => context?.Items.ContainsKey(ShownAgain) == true;
}

/// <summary>
/// For every page POST: when binding refused a value (<see cref="GuardedModelBinder"/>) the handler does not run, so
/// nothing is changed; and a domain rule thrown out of a handler (a <see cref="DomainException"/>, or an
/// <see cref="ArgumentException"/> from a guard in the domain) becomes a message instead of the error page. Either
/// way the page is shown again as its GET handler shows it, with the messages next to their fields.
/// </summary>
public sealed partial class InputRefusalFilter(ILogger<InputRefusalFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance is not PageModel page || HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        if (InputRefusal.IsMarked(context.HttpContext))
        {
            context.Result = await ShowAgainAsync(context.ActionDescriptor, context.HandlerArguments, page);
            return;
        }

        var executed = await next();
        if (executed.Exception is { } exception && !executed.ExceptionHandled && Refusal(exception) is { } refusal)
        {
            LogRefused(logger, exception.GetType().Name, context.ActionDescriptor.ViewEnginePath);
            page.ModelState.AddModelError(KeyFor(page, refusal.Field), refusal.Message);
            executed.ExceptionHandled = true;
            executed.Result = await ShowAgainAsync(context.ActionDescriptor, context.HandlerArguments, page);
        }
    }

    private static (string Field, string Message)? Refusal(Exception exception) => exception switch
    {
        DomainException domain => (domain.Field ?? string.Empty, domain.Message),
        ArgumentException argument when ThrownByDomain(argument) => (string.Empty, WithoutParameter(argument)),
        _ => null,
    };

    /// <summary>A guard's ArgumentException counts only when the domain threw it, not when the web or EF code has a bug.</summary>
    private static bool ThrownByDomain(Exception exception)
    {
        var domain = typeof(DomainException).Assembly;
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }

            return type.Assembly == domain;
        }

        return false;
    }

    private static string WithoutParameter(ArgumentException exception) =>
        exception.ParamName is { } name && exception.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? exception.Message[..^$" (Parameter '{name}')".Length]
            : exception.Message;

    /// <summary>A domain field ("Justification") belongs to the form's key for it ("Input.Justification") when there is one.</summary>
    private static string KeyFor(PageModel page, string field) =>
        field.Length == 0 ? field
            : page.ModelState.Keys.FirstOrDefault(k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)) ?? field;

    /// <summary>
    /// Runs the page's GET handler (with the route values and arguments this request bound, matched by name) to load
    /// what the page shows, then renders the page; a GET handler that answers otherwise (not found, a redirect) is obeyed.
    /// </summary>
    private static async Task<IActionResult> ShowAgainAsync(CompiledPageActionDescriptor descriptor, IDictionary<string, object?> arguments, PageModel page)
    {
        InputRefusal.MarkShownAgain(page.HttpContext);
        var get = descriptor.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(h.Name));
        IActionResult? result = null;
        if (get is not null)
        {
            var values = get.Parameters.Select(p => Argument(p.ParameterType, p.Name, arguments, page.HttpContext)).ToArray();
            var returned = get.MethodInfo.Invoke(page, BindingFlags.DoNotWrapExceptions, binder: null, values, culture: null);
            if (returned is Task task)
            {
                await task;
                result = task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task) as IActionResult;
            }
            else
            {
                result = returned as IActionResult;
            }
        }

        return result is null or PageResult ? page.Page() : result;
    }

    private static object? Argument(Type type, string name, IDictionary<string, object?> arguments, HttpContext context)
    {
        if (type == typeof(CancellationToken))
        {
            return context.RequestAborted;
        }

        if (arguments.TryGetValue(name, out var value) && value is not null && (Nullable.GetUnderlyingType(type) ?? type).IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (context.GetRouteValue(name)?.ToString() is { } route)
        {
            try
            {
                return TypeDescriptor.GetConverter(underlying).ConvertFromInvariantString(route);
            }
            catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException)
            {
                // A route value that does not fit is left to the GET handler's own default, as a missing one is.
            }
        }

        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Exception} from the domain was shown as a message on {Page}.")]
    private static partial void LogRefused(ILogger logger, string exception, string page);
}
