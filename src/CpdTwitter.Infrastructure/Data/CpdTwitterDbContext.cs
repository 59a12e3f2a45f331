using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Devices;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Data;

public sealed class CpdTwitterDbContext(DbContextOptions<CpdTwitterDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    private readonly List<AuditEvent> _pendingAudit = [];

    public DbSet<District> Districts => Set<District>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<RegistrySubmission> RegistrySubmissions => Set<RegistrySubmission>();

    public DbSet<Rank> Ranks => Set<Rank>();

    public DbSet<DeviceEnrollment> Devices => Set<DeviceEnrollment>();

    public DbSet<WatchAssignment> Watches => Set<WatchAssignment>();

    public DbSet<DutyGrant> DutyGrants => Set<DutyGrant>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();

    public DbSet<PostDecision> PostDecisions => Set<PostDecision>();

    public DbSet<PostReview> PostReviews => Set<PostReview>();

    public DbSet<PolicyTerm> PolicyTerms => Set<PolicyTerm>();

    public DbSet<Domain.Templates.PostTemplate> PostTemplates => Set<Domain.Templates.PostTemplate>();

    public DbSet<PublishingSwitch> PublishingSwitches => Set<PublishingSwitch>();

    public DbSet<XAccountConnection> XAccounts => Set<XAccountConnection>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<FormToken> FormTokens => Set<FormToken>();

    public DbSet<Domain.Media.StoredImage> StoredImages => Set<Domain.Media.StoredImage>();

    public DbSet<Publishing.XMediaUpload> XMediaUploads => Set<Publishing.XMediaUpload>();

    public DbSet<Domain.Inquiries.MediaInquiry> MediaInquiries => Set<Domain.Inquiries.MediaInquiry>();

    public DbSet<Domain.Guidance.GuidanceVersion> GuidanceVersions => Set<Domain.Guidance.GuidanceVersion>();

    public DbSet<Domain.Guidance.GuidanceAcknowledgement> GuidanceAcknowledgements => Set<Domain.Guidance.GuidanceAcknowledgement>();

    public DbSet<Domain.Records.RetentionSchedule> RetentionSchedules => Set<Domain.Records.RetentionSchedule>();

    public DbSet<Domain.Records.LegalHold> LegalHolds => Set<Domain.Records.LegalHold>();

    public DbSet<Domain.Records.FoiaRequest> FoiaRequests => Set<Domain.Records.FoiaRequest>();

    public DbSet<Domain.Records.Disposition> Dispositions => Set<Domain.Records.Disposition>();

    public DbSet<Domain.Records.DisposedRecord> DisposedRecords => Set<Domain.Records.DisposedRecord>();

    public DbSet<Records.Capture.TimelineCaptureRun> TimelineCaptureRuns => Set<Records.Capture.TimelineCaptureRun>();

    public DbSet<Records.Export.RecordsExportJob> RecordsExportJobs => Set<Records.Export.RecordsExportJob>();

    public DbSet<Domain.Responses.Mention> Mentions => Set<Domain.Responses.Mention>();

    public DbSet<Domain.Responses.MentionPoll> MentionPolls => Set<Domain.Responses.MentionPoll>();

    public DbSet<Domain.Inquiries.PressContact> PressContacts => Set<Domain.Inquiries.PressContact>();

    /// <summary>Called by <see cref="AuditTrail"/> only; the event is sealed when this unit of work saves.</summary>
    internal void AppendAudit(AuditEvent auditEvent)
    {
        _pendingAudit.Add(auditEvent);
        AuditEvents.Add(auditEvent);
    }

    /// <summary>Forgets every change this unit of work has not saved, its audit events included.</summary>
    public void DiscardChanges()
    {
        ChangeTracker.Clear();
        _pendingAudit.Clear();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var stray = ChangeTracker.Entries<AuditEvent>()
            .Any(e => e.State == EntityState.Added && !_pendingAudit.Contains(e.Entity));
        if (stray)
        {
            throw new InvalidOperationException("Audit events are written through AuditTrail only.");
        }

        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await SealPendingAuditAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            // Whether saved or not, these events are done with: after a failed save they stay tracked but no longer
            // pending, so a later save refuses them as strays instead of sealing an event whose change was lost.
            _pendingAudit.Clear();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private async Task SealPendingAuditAsync(CancellationToken cancellationToken)
    {
        // Taking the head's row lock first serializes appenders on every provider
        // (row lock on PostgreSQL and SQL Server, the database write lock on SQLite).
        await AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        var head = await AuditChainHeads.AsNoTracking()
            .SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);

        var sequence = head.Sequence;
        var hash = head.Hash;
        foreach (var auditEvent in _pendingAudit)
        {
            auditEvent.Chain(sequence, hash);
            sequence = auditEvent.Sequence;
            hash = auditEvent.Hash;
        }

        await AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CpdTwitterDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // SQLite adds a STORED generated column only to an empty table; a VIRTUAL one is computed on read and indexed alike.
            Configurations.PostConfiguration.CalendarAtIsVirtual(builder.Entity<Domain.Posts.Post>());
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
