using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Infrastructure;

public static class InfrastructureServices
{
    public static IServiceCollection AddCpdTwitterDatabase(this IServiceCollection services, string provider, string connectionString)
    {
        services.AddDbContext<CpdTwitterDbContext>(options => DatabaseProvider.Configure(options, provider, connectionString));
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Representatives.RepresentativeRegistry>();
        services.AddScoped<Duty.DutyRoster>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
