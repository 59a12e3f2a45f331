using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Browser.Tests;

/// <summary>The app on a real Kestrel port on loopback, in Development with the demo seed, as `dotnet run` starts it.</summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly CpdTwitterFactory _factory = new() { Environment = "Development", SeedDemo = true };

    public string BaseUrl { get; private set; } = string.Empty;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
