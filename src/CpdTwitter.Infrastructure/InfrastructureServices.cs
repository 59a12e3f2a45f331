using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Seeding;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure;

public static class InfrastructureServices
{
    public static IServiceCollection AddCpdTwitterDatabase(this IServiceCollection services, string provider, string connectionString)
    {
        services.AddDbContext<CpdTwitterDbContext>(options => DatabaseProvider.Configure(options, provider, connectionString));
        services.AddScoped<AuditTrail>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Representatives.RepresentativeRegistry>();
        services.AddScoped<Duty.DutyRoster>();
        services.AddScoped<Notifier>();
        services.AddScoped<PostWorkflow>();
        services.AddScoped<PolicyListAdministration>();
        services.AddScoped<Templates.PostTemplateAdministration>();
        services.AddScoped<ReviewWorkflow>();
        services.AddScoped<QueuedPostChanges>();
        services.AddScoped<PostCalendar>();
        services.AddScoped<PostSearch>();
        services.AddScoped<PostingsFeed>();
        services.AddScoped<PostingsExport>();
        services.AddScoped<Records.Export.RecordsExporter>();
        services.AddScoped<Records.Export.RecordsExportRun>();
        services.AddScoped<Records.Export.RecordsExportJobs>();
        services.AddScoped<ReviewBacklog>();
        services.AddScoped<DeskDashboard>();
        services.AddScoped<Inquiries.InquiryDesk>();
        services.AddScoped<Inquiries.InquiryCounts>();
        services.AddScoped<Responses.MentionDesk>();
        services.AddScoped<Guidance.GuidanceDesk>();
        services.AddSingleton<Guidance.GuidanceRenderer>();
        services.AddSingleton<Media.ImageStore>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The X client, the account vault and the outbox publisher (a hosted service when <c>Publishing:Enabled</c>).</summary>
    public static IServiceCollection AddCpdTwitterPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<XOptions>().Bind(configuration.GetSection(XOptions.Section))
            .Validate(x => x.MonthlyPostCap >= 0, "X:MonthlyPostCap must be 0 (no cap) or a positive number of posts a month.")
            .ValidateOnStart();
        services.Configure<PublishingOptions>(configuration.GetSection(PublishingOptions.Section));
        services.AddHttpClient<IXClient, XClient>(XClient.ClientName, (provider, http) =>
        {
            var x = provider.GetRequiredService<IOptions<XOptions>>().Value;
            http.BaseAddress = x.BaseUrl;
            http.Timeout = TimeSpan.FromSeconds(x.TimeoutSeconds);
        });
        services.AddScoped<XAccountVault>();
        services.AddScoped<XAccountAdministration>();
        services.AddSingleton<PublisherSignal>();
        services.AddSingleton<Publisher>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationMailer>());
        services.AddSingleton<ReviewDigest>();
        services.AddHostedService(provider => provider.GetRequiredService<ReviewDigest>());
        services.AddOptions<Inquiries.InquiryOptions>().Bind(configuration.GetSection(Inquiries.InquiryOptions.Section))
            .Validate(o => o.InquiryResponseHours > 0, "NewsAffairs:InquiryResponseHours must be a whole number of hours greater than 0.").ValidateOnStart();
        services.AddSingleton<Inquiries.InquiryOverdueWatch>();
        services.AddHostedService(provider => provider.GetRequiredService<Inquiries.InquiryOverdueWatch>());
        services.AddScoped<Records.Retention.RecordHolds>();
        services.AddScoped<Records.Retention.EligiblePostings>();
        services.AddScoped<Records.Retention.RetentionDesk>();
        services.AddScoped<Records.Retention.DispositionDesk>();
        services.AddScoped<Records.Requests.FoiaRequestLog>();
        services.AddSingleton<Records.Requests.FoiaOverdueWatch>();
        services.AddHostedService(provider => provider.GetRequiredService<Records.Requests.FoiaOverdueWatch>());
        services.Configure<Records.Export.RecordsExportOptions>(configuration.GetSection(Records.Export.RecordsExportOptions.Section));
        services.AddSingleton<Records.Export.RecordsExportWorker>();
        if (configuration.GetSection(Records.Export.RecordsExportOptions.Section).GetValue(nameof(Records.Export.RecordsExportOptions.ExportWorkerEnabled), true))
        {
            services.AddHostedService(provider => provider.GetRequiredService<Records.Export.RecordsExportWorker>());
        }

        services.Configure<Records.Capture.CaptureOptions>(configuration.GetSection(Records.Capture.CaptureOptions.Section));
        services.AddSingleton<Records.Capture.TimelineCapture>();
        if (configuration.GetSection(Records.Capture.CaptureOptions.Section).GetValue(nameof(Records.Capture.CaptureOptions.CaptureEnabled), true))
        {
            services.AddHostedService<Records.Capture.TimelineCaptureService>();
        }

        services.AddOptions<Responses.MentionsPollOptions>().Bind(configuration.GetSection(Responses.MentionsPollOptions.Section))
            .Validate(o => o.MentionsPollSeconds >= 60, "X:MentionsPollSeconds must be at least 60 seconds.")
            .Validate(o => o.MonthlyReadBudget >= Domain.Responses.MentionPoll.SmallestPage, "X:MonthlyReadBudget must be at least 5 posts a month (X's smallest page).")
            .Validate(o => o.MentionsLeaseMinutes > 0, "X:MentionsLeaseMinutes must be greater than 0.")
            .ValidateOnStart();
        services.AddSingleton<Responses.MentionsPoll>();
        services.AddSingleton<Responses.MentionsPollService>();
        if (configuration.GetSection(Responses.MentionsPollOptions.Section).GetValue(nameof(Responses.MentionsPollOptions.MentionsPollEnabled), true))
        {
            services.AddHostedService(provider => provider.GetRequiredService<Responses.MentionsPollService>());
        }

        if (configuration.GetSection(PublishingOptions.Section).GetValue(nameof(PublishingOptions.Enabled), true))
        {
            services.AddHostedService<PublisherService>();
        }

        return services;
    }
}
