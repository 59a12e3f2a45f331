using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Security;

/// <summary>
/// A page whose POSTs count against the sign-in rate limits. <see cref="LogOnIdField"/> names the form field that
/// says whose account the attempt is for; without it the attempt is for the member whose password was just accepted
/// (the second-factor pages).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SignInRateLimitedAttribute : Attribute
{
    public string? LogOnIdField { get; init; }
}

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in and second-factor POSTs: a fixed window per client address (an IPv6
/// client's /64) chained with one per log-on ID (per pending member on the second-factor pages). It slows password
/// guessing and spraying without locking anybody out; CJIS's five-failures lockout stays as it is. A refused request
/// answers 429 with Retry-After and the friendly error page, and is recorded in the audit trail at most once a
/// minute per address and per log-on ID.
/// </summary>
public sealed class SignInRateLimit : IDisposable
{
    /// <summary>Seconds until the window that refused the request opens again, for the error page.</summary>
    public const string RetryAfterKey = "cpd.sign-in.retry-after";

    private const string PersonKey = "cpd.sign-in.person";
    private const string LogOnIdKey = "cpd.sign-in.log-on-id";
    private const string MemberKey = "cpd.sign-in.member";
    private const int MaxKeptLogOnIdLength = 64;
    private const int MaxPartitionKeyLength = 256;
    private static readonly TimeSpan AuditEvery = TimeSpan.FromMinutes(1);

    private readonly SignInRateLimitOptions _options;
    private readonly IMemoryCache _recorded;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly PartitionedRateLimiter<HttpContext> _perAddress;
    private readonly PartitionedRateLimiter<HttpContext> _perPerson;
    private readonly PartitionedRateLimiter<HttpContext> _both;

    public SignInRateLimit(IOptions<SecurityOptions> security, IMemoryCache recorded, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(security);
        _options = security.Value.SignInRateLimit;
        _recorded = recorded;
        _time = time;
        _perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context)
            ? RateLimitPartition.GetFixedWindowLimiter(AddressOf(context), _ => Window(_options.PerAddress))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        _perPerson = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context) && context.Items[PersonKey] is string person
            ? RateLimitPartition.GetFixedWindowLimiter(person, _ => Window(_options.PerLogOnId))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        _both = PartitionedRateLimiter.CreateChained(_perAddress, _perPerson);
    }

    public void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.GlobalLimiter = _both;
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;
    }

    /// <summary>Reads whose account a limited POST is for, before the limiter decides (its partitioner cannot wait).</summary>
    public async Task IdentifyAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsLimited(context) || context.GetEndpoint()?.Metadata.GetMetadata<SignInRateLimitedAttribute>() is not { } limited)
        {
            return;
        }

        if (limited.LogOnIdField is { } field)
        {
            var logOnId = (await LogOnIdAsync(context, field))?.Trim();
            if (!string.IsNullOrEmpty(logOnId))
            {
                context.Items[LogOnIdKey] = logOnId.Length <= MaxKeptLogOnIdLength ? logOnId : logOnId[..MaxKeptLogOnIdLength];
                var normalized = logOnId.ToUpperInvariant();
                context.Items[PersonKey] = "log-on-id:" + (normalized.Length <= MaxPartitionKeyLength ? normalized : normalized[..MaxPartitionKeyLength]);
            }

            return;
        }

        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (pending.Principal?.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } memberId)
        {
            context.Items[MemberKey] = memberId;
            context.Items[PersonKey] = "member:" + memberId;
        }
    }

    public void Dispose()
    {
        _both.Dispose();
        _perAddress.Dispose();
        _perPerson.Dispose();
    }

    private static bool IsLimited(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInRateLimitedAttribute>() is not null;

    private static async Task<string?> LogOnIdAsync(HttpContext context, string field)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form[field].ToString();
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            // A form the app will refuse anyway still counts against the address.
            return null;
        }
    }

    /// <summary>The client address (an IPv6 client's /64, which one machine commonly has to itself).</summary>
    private static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "address:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return "address:" + new IPAddress(bytes) + "/64";
        }

        return "address:" + address;
    }

    private FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = _options.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : _options.Window;
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Items[RetryAfterKey] = seconds;

        // The body is left empty: the status-code pages re-execute /Error?code=429, the friendly page.
        await RecordAsync(context, cancellationToken);
    }

    private async Task RecordAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var address = AddressOf(context);
        var person = context.Items[PersonKey] as string;
        var exhausted = new List<(string Key, string Limit)>();
        if (person is not null && _perPerson.GetStatistics(context)?.CurrentAvailablePermits <= 0)
        {
            exhausted.Add((person, context.Items.ContainsKey(MemberKey) ? "per member" : "per log-on ID"));
        }

        if (exhausted.Count == 0 || _perAddress.GetStatistics(context)?.CurrentAvailablePermits <= 0)
        {
            exhausted.Add((address, "per address"));
        }

        var due = exhausted.Where(e => Due(e.Key)).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var audit = context.RequestServices.GetRequiredService<AuditTrail>();
        var memberId = context.Items[MemberKey] as string;
        foreach (var (_, limit) in due)
        {
            audit.Record(AuditActions.SignIn.RateLimited, AuditSubjects.User, memberId, details: new
            {
                limit,
                page = context.Request.Path.Value,
                address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                logOnId = context.Items[LogOnIdKey] as string,
            }, actorName: AccountSignIn.AnonymousActor);
        }

        await context.RequestServices.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync(cancellationToken);
    }

    /// <summary>True at most once a minute per address or person: an attack is one line in the trail, not thousands.</summary>
    private bool Due(string key)
    {
        var now = _time.GetUtcNow();
        var cacheKey = "sign-in-rate-limit-audit:" + key;
        lock (_gate)
        {
            if (_recorded.TryGetValue(cacheKey, out DateTimeOffset last) && now - last < AuditEvery)
            {
                return false;
            }

            _recorded.Set(cacheKey, now, AuditEvery);
            return true;
        }
    }
}
