using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>The app with every log event it writes (Warning and above, as configured for tests) kept for assertions.</summary>
public sealed class LogCapturingFactory : CpdTwitterFactory, ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> LogEvents => [.. _events];

    /// <summary>Error events written by loggers of <typeparamref name="T"/>.</summary>
    public IReadOnlyList<LogEvent> ErrorsFrom<T>() =>
        [.. _events.Where(e => e.Level >= LogEventLevel.Error
            && e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name } && name == typeof(T).FullName)];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The app's Serilog pipeline takes its sinks from the services (ReadFrom.Services).
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(this));
    }
}
