using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdTwitter.Web.InputRules;

/// <summary>
/// Stands in front of the framework's binder for every simple value a form, query or route gives a page (bound
/// properties, input-model properties and handler parameters alike), so pages added later are covered without doing
/// anything. Refused, with a message under the field's key: text with characters <see cref="TextRules"/> refuses, text
/// longer than the field's <see cref="StringLengthAttribute"/>/<see cref="MaxLengthAttribute"/> (or
/// <see cref="TextRules.DefaultMaxLength"/>), dates outside <see cref="DateWindow"/>, a number that is none of an enum's
/// choices, and anything the framework could not convert (text in a number, date or choice). A refusal marks the request, and <see cref="InputRefusalFilter"/>
/// then shows the page again instead of running the handler.
/// </summary>
public sealed class GuardedModelBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.IsComplexType || !FromRequestValues(context.BindingInfo.BindingSource ?? context.Metadata.BindingSource))
        {
            return null;
        }

        foreach (var provider in providers)
        {
            if (!ReferenceEquals(provider, this) && provider.GetBinder(context) is { } inner)
            {
                return new GuardedModelBinder(inner);
            }
        }

        return null;
    }

    private static bool FromRequestValues(BindingSource? source) =>
        source is null || source == BindingSource.Header || BindingSource.ModelBinding.CanAcceptDataFrom(source);
}

public sealed class GuardedModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var key = bindingContext.ModelName;
        var modelState = bindingContext.ModelState;
        var errorsBefore = modelState.TryGetValue(key, out var before) ? before.Errors.Count : 0;
        await inner.BindModelAsync(bindingContext);
        if (modelState.TryGetValue(key, out var after) && after.Errors.Count > errorsBefore)
        {
            if ((Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType) == typeof(bool))
            {
                // A check box shown again converts the value it was sent back to bool, and would throw on "abc".
                modelState.SetModelValue(key, rawValue: null, after.AttemptedValue);
            }

            InputRefusal.Mark(bindingContext.HttpContext);
            return;
        }

        if (!bindingContext.Result.IsModelSet || Problem(bindingContext) is not { } problem)
        {
            return;
        }

        modelState.TryAddModelError(key, problem);
        bindingContext.Result = ModelBindingResult.Failed();
        InputRefusal.Mark(bindingContext.HttpContext);
    }

    private static string? Problem(ModelBindingContext context)
    {
        var metadata = context.ModelMetadata;
        var field = FieldName(metadata, context.ModelName);
        switch (context.Result.Model)
        {
            case string text:
                if (TextRules.Problem(text) is { } problem)
                {
                    return TextRules.Message(field, problem);
                }

                var (maxLength, custom) = MaxLength(metadata, field);
                return text.Length <= maxLength ? null : custom ?? TextRules.TooLong(field, maxLength, text.Length);
            case DateTime dateTime:
                return OutsideWindow(context, field, dateTime);
            case DateTimeOffset dateTimeOffset:
                return OutsideWindow(context, field, dateTimeOffset.DateTime);
            case DateOnly date:
                return OutsideWindow(context, field, date.ToDateTime(TimeOnly.MinValue));
            case Enum choice when !Enum.IsDefined(choice.GetType(), choice) && !choice.GetType().IsDefined(typeof(FlagsAttribute), inherit: false):
                // The framework binds any number to an enum: "99" is not one of the choices the list offered.
                return $"Choose {field} from the list.";
            default:
                return null;
        }
    }

    private static string? OutsideWindow(ModelBindingContext context, string field, DateTime value)
    {
        var clock = context.HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        var today = clock.GetUtcNow().UtcDateTime.Date;
        return DateWindow.Contains(value, today) ? null : DateWindow.Message(field, today);
    }

    /// <summary>The field's own limit (with its own message, if it has one), else the default.</summary>
    private static (int MaxLength, string? Message) MaxLength(ModelMetadata metadata, string field)
    {
        foreach (var attribute in metadata.ValidatorMetadata)
        {
            switch (attribute)
            {
                case StringLengthAttribute length:
                    return (length.MaximumLength, Custom(length, field));
                case MaxLengthAttribute { Length: > 0 } length:
                    return (length.Length, Custom(length, field));
            }
        }

        return (TextRules.DefaultMaxLength, null);
    }

    private static string? Custom(ValidationAttribute attribute, string field) =>
        attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null ? null : attribute.FormatErrorMessage(field);

    /// <summary>The name a person sees: the field's display name, else its name with a capital ("comment" → "Comment").</summary>
    private static string FieldName(ModelMetadata metadata, string key)
    {
        var name = metadata.DisplayName ?? metadata.Name ?? key;
        return name.Length == 0 ? "This field" : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
