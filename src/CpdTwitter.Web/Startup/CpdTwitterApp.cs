using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Records.Checkpoints;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Infrastructure.Seeding;
using CpdTwitter.Web.InputRules;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace CpdTwitter.Web.Startup;

/// <summary>The composition root: everything Program.cs wires, in one place.</summary>
public static class CpdTwitterApp
{
    public static WebApplicationBuilder AddCpdTwitter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);

        var paths = DataPaths.From(configuration, builder.Environment);
        services.AddSingleton(paths);
        var provider = DatabaseProvider.Parse(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("CpdTwitter");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? paths.DefaultSqliteConnectionString
                : throw new StartupException($"ConnectionStrings:CpdTwitter is required for Database:Provider {provider}.");
        }

        services.AddCpdTwitterDatabase(provider, connectionString);
        services.Configure<Infrastructure.Media.MediaStoreOptions>(media => media.Root = Path.Combine(paths.Root, "media"));
        services.PostConfigure<Infrastructure.Records.Export.RecordsExportOptions>(o => o.Folder = Path.GetFullPath(Path.IsPathRooted(o.Folder) ? o.Folder : Path.Combine(paths.Root, o.Folder)));
        services.AddCpdTwitterPublishing(builder.Configuration);
        var development = builder.Environment.IsDevelopment();
        var emailConfigured = configuration.GetSection(Infrastructure.Notifications.EmailOptions.Section).Get<Infrastructure.Notifications.EmailOptions>()?.Configured ?? false;
        services.AddSingleton(Infrastructure.Notifications.PublicBaseUrl.Resolve(
            configuration[Infrastructure.Notifications.PublicBaseUrl.Key], development, configuration["urls"], emailConfigured));
        services.PostConfigure<Infrastructure.Notifications.EmailOptions>(email =>
        {
            // Development never sends mail: messages go to a pickup folder in the data folder unless configured otherwise.
            if (development && string.IsNullOrWhiteSpace(email.SmtpHost) && string.IsNullOrWhiteSpace(email.PickupDirectory))
            {
                email.PickupDirectory = "mail-pickup";
            }

            if (!string.IsNullOrWhiteSpace(email.PickupDirectory) && !Path.IsPathRooted(email.PickupDirectory))
            {
                email.PickupDirectory = Path.Combine(paths.Root, email.PickupDirectory);
            }
        });
        services.Configure<RegistryOptions>(configuration.GetSection(RegistryOptions.Section));
        services.Configure<DeviceOptions>(configuration.GetSection(DeviceOptions.Section));
        services.AddScoped<DepartmentDevices>();
        services.AddScoped<ActingForDistrict>();
        services.AddScoped<CurrentMember>();
        services.AddScoped<Pages.Posts.PostDisplay>();
        services.AddScoped<Pages.Review.ReviewStatus>();
        services.AddScoped<Layout.WhatNeedsYou>();
        services.AddScoped<DepartmentDeviceFilter>();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Believe X-Forwarded-For only from the configured reverse proxies: the client address decides
            // whether a request comes from the Department network (issue 11 finding 7). The framework trusts loopback
            // by default, and with empty lists it would trust every sender, so with no proxy configured the headers
            // are not read at all.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection($"{DeviceOptions.Section}:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            options.ForwardedHeaders = options.KnownProxies.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });
        services.AddHsts(options => options.MaxAge = SecurityHeaders.HstsMaxAge);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddSingleton<AccessRefusals>();
        services.AddScoped<IAuditActor, HttpAuditActor>();

        services.AddDataProtection()
            .SetApplicationName("CpdTwitter")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.KeyRing));
        services.Configure<Infrastructure.Records.Signing.RecordsSigningOptions>(
            configuration.GetSection(Infrastructure.Records.Signing.RecordsSigningOptions.Section));
        services.AddSingleton(provider => Infrastructure.Records.Signing.RecordsSigningKey.Load(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.Records.Signing.RecordsSigningOptions>>().Value,
            paths.Root, provider.GetRequiredService<IDataProtectionProvider>()));
        services.AddCpdTwitterCheckpoints(configuration, paths.Root);

        services.AddCpdTwitterIdentity(configuration, builder.Environment);

        builder.AddRequestLimits();
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(DepartmentDeviceFilter)));
            options.Conventions.AuthorizeFolder("/Admin", Policies.Isd);
            options.Conventions.AuthorizeFolder("/Records", Policies.Oversight);
            options.Conventions.AuthorizeFolder("/Commander", Policies.DistrictSupervisor);
            options.Conventions.AddFolderApplicationModelConvention("/NewsAffairs", page => page.EndpointMetadata.Add(
                new AuthorizeAttribute(Policies.OversightPages.Contains(page.ViewEnginePath) ? Policies.Oversight : Policies.NewsAffairs)));
            options.Conventions.AuthorizeFolder("/Drafts", Policies.Representative);
            options.Conventions.AuthorizeFolder("/Review", Policies.DistrictSupervisor);
            options.Conventions.AuthorizeFolder("/Inquiries", Policies.DistrictMember);
            options.Conventions.AuthorizeFolder("/Inbox", Policies.Inbox);
            options.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(options =>
        {
            // Every simple value any page binds passes the shared input rules; a refusal stops the handler (InputRules/).
            options.ModelBinderProviders.Insert(0, new GuardedModelBinderProvider(options.ModelBinderProviders));
            options.Filters.Add<InputRefusalFilter>();
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseCpdTwitter(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRequestLimits();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseAuthentication();
        app.UseSignInRateLimit();
        app.UseAccessRefusalAudit();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The sign-in rate limits: first whose account a sign-in or second-factor POST is for (the partitioner cannot
    /// read the form itself), then the limiter.
    /// </summary>
    private static WebApplication UseSignInRateLimit(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<SignInRateLimit>();
        app.Use(async (context, next) =>
        {
            await limits.IdentifyAsync(context);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>SQLite is migrated at start-up; a server database must already be migrated (the <c>migrate</c> command).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        try
        {
            if (db.Database.IsSqlite())
            {
                await initializer.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
            else
            {
                await initializer.RequireUpToDateAsync();
            }

            await scope.ServiceProvider.GetRequiredService<SecondFactorSecretsUpgrade>().RunAsync();

            if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Seed:Demo"))
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            throw new StartupException($"Cannot prepare the database ({db.Database.ProviderName}): {ex.Message}", ex);
        }
    }

    private static IServiceCollection AddCpdTwitterIdentity(this IServiceCollection services, ConfigurationManager configuration, IHostEnvironment environment)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = SecurityOptions.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddUserStore<CpdUserStore>()
            .AddUserManager<CpdUserManager>()
            .AddEntityFrameworkStores<CpdTwitterDbContext>()
            .AddSignInManager<CpdSignInManager>()
            .AddClaimsPrincipalFactory<CpdClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<BannedPasswordValidator>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddSingleton<SecondFactorSecrets>();
        services.AddSingleton<InactiveAccounts>();
        services.AddHostedService(provider => provider.GetRequiredService<InactiveAccounts>());
        services.AddScoped<SecondFactorSecretsUpgrade>();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = SecurityOptions.PasswordHashIterations);
        services.AddScoped<SessionStamps>();
        services.AddMemoryCache();
        services.AddSingleton<SignInRateLimit>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<SignInRateLimit>((options, limits) => limits.Configure(options));

        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = secure;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.ConfigureApplicationCookie(o => SessionLifetime.Configure(o, security, secure));
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o =>
        {
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(Policies.SignedIn)
            .AddPolicy(Policies.Isd, p => p.RequireRole(Domain.People.Roles.IsdAdministrator))
            .AddPolicy(Policies.NewsAffairs, p => p.RequireRole(Domain.People.Roles.NewsAffairs))
            .AddPolicy(Policies.Oversight, p => p.RequireRole(Domain.People.Roles.NewsAffairs, Domain.People.Roles.IsdAdministrator))
            .AddPolicy(Policies.Representative, p => p.RequireRole(Domain.People.Roles.Representative).RequireClaim(CpdClaims.District))
            .AddPolicy(Policies.Commander, p => p.RequireRole(Domain.People.Roles.Commander).RequireClaim(CpdClaims.District))
            .AddPolicy(Policies.DistrictMember, p => p.RequireRole(Domain.People.Roles.DistrictScoped).RequireClaim(CpdClaims.District))
            .AddPolicy(Policies.Inbox, p => p.RequireAssertion(c =>
                c.User.IsInRole(Domain.People.Roles.NewsAffairs) || c.User.IsInRole(Domain.People.Roles.IsdAdministrator)
                || (Domain.People.Roles.DistrictScoped.Any(c.User.IsInRole) && c.User.HasClaim(x => x.Type == CpdClaims.District))))
            .AddPolicy(Policies.DistrictSupervisor, p => p.RequireRole(Domain.People.Roles.Commander, Domain.People.Roles.CommunityPolicingSergeant).RequireClaim(CpdClaims.District));
        return services;
    }
}
