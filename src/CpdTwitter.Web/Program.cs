using CpdTwitter.Infrastructure;
using CpdTwitter.Web.Startup;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCpdTwitter();
    var app = builder.Build();
    app.UseCpdTwitter();

    var command = CommandLine.Parse(args);
    if (command is not null)
    {
        return await command.RunAsync(app);
    }

    await app.PrepareDatabaseAsync();
    await app.RunAsync();
    return 0;
}
catch (StartupException ex)
{
    Log.Fatal("CpdTwitter cannot start: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
