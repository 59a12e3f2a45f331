using System.Globalization;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Benchmarks.Publishing;

/// <summary>
/// One app instance as far as publishing goes: the app's own store and publishing registrations
/// (<see cref="InfrastructureServices"/>, as CpdTwitterApp wires them) in a host of its own, so its publisher, mailer and
/// digest run as hosted services and its <c>PublisherSignal</c> is woken only by releases made through this instance.
/// All instances share the PostgreSQL database and the key ring (the X tokens are protected with it).
/// </summary>
public static class AppInstance
{
    public static IHost Build(string connectionString, FakeXServer x, string keyRing, PublishingRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["X:BaseUrl"] = x.BaseUrl.ToString(),
            ["X:ConsumerKey"] = FakeXServer.Credentials.ConsumerKey,
            ["X:ConsumerSecret"] = FakeXServer.Credentials.ConsumerSecret,
            ["Publishing:PollSeconds"] = options.PollSeconds.ToString(CultureInfo.InvariantCulture),
        });
        // Warnings and errors only; EF's "no migrations table yet" error at the first migration and the unencrypted
        // key ring warning (a temp folder) are expected here.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical)
            .AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Error)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddSingleton<IAuditActor, SystemAuditActor>();
        builder.Services.AddDataProtection().SetApplicationName("CpdTwitter").PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        builder.Services.AddCpdTwitterDatabase("PostgreSql", connectionString);
        builder.Services.AddCpdTwitterPublishing(builder.Configuration);
        return builder.Build();
    }
}
