using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace CpdTwitter.Web.InputRules;

/// <summary>
/// How much a request may carry (configuration section <c>Limits</c>). The forms are text: 1 MB is far more than the
/// largest (a post of 4,000 characters, each up to 12 bytes when URL-encoded, is under 50 KB). The composer's image upload alone takes more (<see cref="RequestLimitsOptions.MaxImageUploadBytes"/>).
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body, in bytes (Kestrel's <c>MaxRequestBodySize</c>, multipart forms too).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest single form value, in characters (<see cref="FormOptions.ValueLengthLimit"/>); a field's own limit is far lower.</summary>
    public int MaxFormValueLength { get; set; } = 64 * 1024;

    /// <summary>Most values in one form (<see cref="FormOptions.ValueCountLimit"/>); the longest form, the review queue's selection, has one per post.</summary>
    public int MaxFormValueCount { get; set; } = 1024;

    /// <summary>Longest form field name, in characters (<see cref="FormOptions.KeyLengthLimit"/>).</summary>
    public int MaxFormKeyLength { get; set; } = 256;

    /// <summary>
    /// The composer's image upload only (<see cref="RequestLimits.IsImageUpload"/>): four 5 MB photos or one 15 MB GIF, plus
    /// the form and the multipart framing. Each file is checked again against its kind's own limit before it is read.
    /// </summary>
    public long MaxImageUploadBytes { get; set; } = Domain.Media.PostImages.MaxTotalBytes + (1024 * 1024);
}

/// <summary>
/// Answers a request over the limits with 413 and the friendly error page, before antiforgery or model binding read it
/// (they would otherwise answer a bare 400, or fail). The form is read here once, under <see cref="FormOptions"/>'s limits,
/// so a huge field is caught whether or not the client sent a Content-Length.
/// </summary>
public static class RequestLimits
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = builder.Configuration.GetSection(RequestLimitsOptions.Section).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        builder.Services.Configure<RequestLimitsOptions>(builder.Configuration.GetSection(RequestLimitsOptions.Section));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = limits.MaxFormValueLength;
            form.ValueCountLimit = limits.MaxFormValueCount;
            form.KeyLengthLimit = limits.MaxFormKeyLength;
            form.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes;
            form.BufferBodyLengthLimit = limits.MaxRequestBodyBytes;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            // The error page re-executed for a refused request must not be refused again.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimitsOptions>>().Value;
            var upload = IsImageUpload(context.Request);
            var limit = upload ? options.MaxImageUploadBytes : options.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                Refuse(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (context.Request.HasFormContentType)
            {
                var urlEncoded = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
                if (urlEncoded)
                {
                    context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
                }

                if (upload)
                {
                    var form = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormOptions>>().Value;
                    context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
                    {
                        ValueLengthLimit = form.ValueLengthLimit,
                        ValueCountLimit = form.ValueCountLimit,
                        KeyLengthLimit = form.KeyLengthLimit,
                        MultipartBodyLengthLimit = limit,
                        BufferBodyLengthLimit = limit,
                    }));
                }

                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException ex) when (urlEncoded && !IsLimit(ex))
                {
                    // The framework's reader refuses a whole form with a NUL in it ("invalid characters"): read it again
                    // leniently, so that the field's own rule names the NUL next to the field that carries it.
                    context.Request.Body.Position = 0;
                    using var reader = new StreamReader(context.Request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                    var body = await reader.ReadToEndAsync(context.RequestAborted);
                    context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body))));
                }
                catch (InvalidDataException ex)
                {
                    Refuse(context, IsLimit(ex) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
                    return;
                }
                catch (BadHttpRequestException ex)
                {
                    Refuse(context, ex.StatusCode);
                    return;
                }
            }

            await next(context);
        });
    }

    /// <summary>The one request that may carry images: the composer's Attach handler, as multipart/form-data.</summary>
    public static bool IsImageUpload(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method)
            && request.Path.StartsWithSegments("/Drafts/Compose", StringComparison.OrdinalIgnoreCase)
            && string.Equals(request.Query["handler"], "Attach", StringComparison.OrdinalIgnoreCase)
            && request.HasFormContentType
            && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>The form reader says "… limit … exceeded" for every limit above; anything else is a malformed form.</summary>
    private static bool IsLimit(InvalidDataException exception) =>
        exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>The status alone: the status-code pages re-execute the friendly error page, which then sees an empty form.</summary>
    private static void Refuse(HttpContext context, int status)
    {
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = status;
    }
}
