using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// The app as a Department machine reaches it: the test server gives requests no remote address, so they get the
/// loopback one, which the Testing configuration counts as the Department network (directive IV.D).
/// </summary>
public class DepartmentNetworkFactory : CpdTwitterFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClient>());
    }

    private sealed class LoopbackClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}
