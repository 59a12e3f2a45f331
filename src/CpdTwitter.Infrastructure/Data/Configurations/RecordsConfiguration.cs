using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class RetentionScheduleConfiguration : IEntityTypeConfiguration<RetentionSchedule>
{
    public void Configure(EntityTypeBuilder<RetentionSchedule> builder)
    {
        builder.HasKey(s => s.Series);
        builder.Property(s => s.Series).HasConversion<string>().HasMaxLength(32).ValueGeneratedNever();
        builder.Property(s => s.ScheduleItem).HasMaxLength(RetentionSchedule.ItemMaxLength).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(450).IsRequired();
        builder.Property(s => s.UpdatedByName).HasMaxLength(256).IsRequired();
        builder.Ignore(s => s.IsScheduled);
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.PersonId).HasMaxLength(450);
        builder.Property(h => h.PersonName).HasMaxLength(256);
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonMaxLength).IsRequired();
        builder.Property(h => h.ReleaseReason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Property(h => h.PlacedBy).HasMaxLength(450).IsRequired();
        builder.Property(h => h.PlacedByName).HasMaxLength(256).IsRequired();
        builder.Property(h => h.ReleasedBy).HasMaxLength(450);
        builder.Property(h => h.ReleasedByName).HasMaxLength(256);
        builder.Ignore(h => h.InForce);
        builder.Ignore(h => h.Scope);
        builder.HasIndex(h => new { h.ReleasedAt, h.PlacedAt });
    }
}

internal sealed class FoiaRequestConfiguration : IEntityTypeConfiguration<FoiaRequest>
{
    public void Configure(EntityTypeBuilder<FoiaRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Requester).HasMaxLength(FoiaRequest.RequesterMaxLength).IsRequired();
        builder.Property(r => r.Asked).HasMaxLength(FoiaRequest.AskedMaxLength).IsRequired();
        builder.Property(r => r.SearchWords).HasMaxLength(FoiaRequest.WordsMaxLength);
        builder.Property(r => r.ExtensionReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ExtendedByName).HasMaxLength(256);
        builder.Property(r => r.LoggedBy).HasMaxLength(450).IsRequired();
        builder.Property(r => r.LoggedByName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.OutcomeNote).HasMaxLength(FoiaRequest.NoteMaxLength);
        builder.Property(r => r.ClosedByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.EffectiveDueOn);
        builder.Ignore(r => r.HoldScope);

        // The log, newest received first; the open requests (holds and the overdue watch).
        builder.HasIndex(r => new { r.LoggedAt, r.Id });
        builder.HasIndex(r => new { r.ClosedAt, r.OverdueNotifiedAt });
    }
}

internal sealed class DispositionConfiguration : IEntityTypeConfiguration<Disposition>
{
    public void Configure(EntityTypeBuilder<Disposition> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Series).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Certificate).HasMaxLength(Disposition.CertificateMaxLength).IsRequired();
        builder.Property(d => d.ScheduleItem).HasMaxLength(RetentionSchedule.ItemMaxLength).IsRequired();
        builder.Property(d => d.ProposedBy).HasMaxLength(450).IsRequired();
        builder.Property(d => d.ProposedByName).HasMaxLength(256).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(450);
        builder.Property(d => d.DecidedByName).HasMaxLength(256);
        builder.Property(d => d.WithdrawNote).HasMaxLength(Disposition.NoteMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.Records).WithOne().HasForeignKey(r => r.DispositionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Records).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(d => new { d.ProposedAt, d.Id });
        builder.HasIndex(d => d.State);
    }
}

internal sealed class DisposedRecordConfiguration : IEntityTypeConfiguration<DisposedRecord>
{
    public void Configure(EntityTypeBuilder<DisposedRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Series).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.AuthorId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ContentSha256).HasMaxLength(64);
        builder.HasIndex(r => new { r.Series, r.RecordId });
    }
}

/// <summary>The disposal columns of a posting and the index the eligible-for-disposition report seeks on.</summary>
internal sealed class PostDisposalConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.DisposalCertificate).HasMaxLength(Disposition.CertificateMaxLength);
        builder.Ignore(p => p.IsDisposed);
        builder.HasIndex(p => new { p.DisposedAt, p.UpdatedAt, p.Id });
    }
}
