using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands each request sends, whatever sends them (pages, view components, the session check,
/// Identity). A request's count lives in an AsyncLocal set by the first middleware, so the background publisher,
/// mailer and digest, which run outside any request, are never counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private readonly ConcurrentQueue<(string Request, int Commands)> _requests = new();

    /// <summary>Adds the interceptor to the app's DbContext and the counting middleware in front of everything else.</summary>
    public void AddTo(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.ConfigureDbContext<CpdTwitterDbContext>(options => options.AddInterceptors(this));
        services.AddSingleton<IStartupFilter>(new CountingStartup(this));
    }

    /// <summary>The commands of the last completed request for <paramref name="pathAndQuery"/>.</summary>
    public async Task<int> LastAsync(string pathAndQuery)
    {
        // The body is complete only after the whole pipeline (this middleware included) has returned; waiting is a safeguard.
        for (var tries = 0; tries < 100; tries++)
        {
            var last = _requests.LastOrDefault(r => string.Equals(r.Request, pathAndQuery, StringComparison.OrdinalIgnoreCase));
            if (last.Request is not null)
            {
                return last.Commands;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"No request to {pathAndQuery} was counted.");
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    private static T Count<T>(T result)
    {
        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }

        return result;
    }

    private sealed class CountingStartup(SqlCommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate following) =>
            {
                var box = new StrongBox<int>();
                Current.Value = box;
                try
                {
                    await following(context);
                }
                finally
                {
                    Current.Value = null;
                    counter._requests.Enqueue((context.Request.Path + context.Request.QueryString, box.Value));
                }
            });
            next(app);
        };
    }
}
