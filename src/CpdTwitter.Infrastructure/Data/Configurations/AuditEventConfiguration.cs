using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable(AuditTriggers.AuditTable);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.Actor).HasMaxLength(AuditEvent.ActorMaxLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.ActionMaxLength).IsRequired();
        builder.Property(e => e.SubjectType).HasMaxLength(AuditEvent.SubjectTypeMaxLength).IsRequired();
        builder.Property(e => e.SubjectId).HasMaxLength(AuditEvent.SubjectIdMaxLength);
        builder.Property(e => e.Details).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditEvent.HashLength).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(AuditEvent.HashLength).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
        builder.HasIndex(e => new { e.District, e.OccurredAt });

        // The audit trail page filters by person, action or district and pages by sequence (keyset): each filter
        // reads its own index in sequence order instead of scanning the trail.
        builder.HasIndex(e => new { e.Actor, e.Sequence });
        builder.HasIndex(e => new { e.Action, e.Sequence });
        builder.HasIndex(e => new { e.District, e.Sequence });
    }
}
