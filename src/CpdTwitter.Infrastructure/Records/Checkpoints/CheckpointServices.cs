using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

public static class CheckpointServices
{
    /// <summary>
    /// Signed audit checkpoints and the full verification. Needs the <see cref="Signing.RecordsSigningKey"/> singleton;
    /// <paramref name="dataFolder"/> anchors the relative log and public-key paths.
    /// </summary>
    public static IServiceCollection AddCpdTwitterCheckpoints(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddOptions<CheckpointOptions>().Bind(configuration.GetSection(CheckpointOptions.Section))
            .Validate(o => o.EveryEvents > 0, "Records:Checkpoints:EveryEvents must be a whole number of events greater than 0.")
            .Validate(o => o.MaxIntervalMinutes > 0, "Records:Checkpoints:MaxIntervalMinutes must be a whole number of minutes greater than 0.")
            .PostConfigure(o =>
            {
                o.LogPath = Path.GetFullPath(Path.Combine(dataFolder, o.LogPath));
                o.PublicKeysFolder = Path.GetFullPath(Path.Combine(dataFolder, o.PublicKeysFolder));
            })
            .ValidateOnStart();
        services.AddSingleton<CheckpointLog>();
        services.AddSingleton<CheckpointKeys>();
        services.AddSingleton<AuditCheckpointWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditCheckpointWriter>());
        services.AddSingleton<AuditVerificationRuns>();
        services.AddScoped<SignedAuditVerifier>();
        services.AddScoped<AuditRecordsStatus>();
        return services;
    }
}
