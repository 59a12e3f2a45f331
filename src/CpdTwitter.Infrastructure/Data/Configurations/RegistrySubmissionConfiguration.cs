using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Representatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class RegistrySubmissionConfiguration : IEntityTypeConfiguration<RegistrySubmission>
{
    public void Configure(EntityTypeBuilder<RegistrySubmission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(s => s.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.SubmittedById).HasMaxLength(450).IsRequired();
        builder.Property(s => s.SubmittedByName).HasMaxLength(256).IsRequired();
        builder.Property(s => s.Summary).HasMaxLength(RegistrySubmission.SummaryMaxLength).IsRequired();
        builder.Property(s => s.AcknowledgedById).HasMaxLength(450);
        builder.Property(s => s.AcknowledgedByName).HasMaxLength(256);
        builder.Ignore(s => s.IsAcknowledged);
        builder.HasIndex(s => new { s.AcknowledgedAt, s.SubmittedAt });
        builder.HasIndex(s => new { s.District, s.SubmittedAt, s.Id });
    }
}
