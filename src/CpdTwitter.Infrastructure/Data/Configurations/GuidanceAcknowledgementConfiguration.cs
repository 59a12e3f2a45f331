using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Guidance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class GuidanceAcknowledgementConfiguration : IEntityTypeConfiguration<GuidanceAcknowledgement>
{
    public void Configure(EntityTypeBuilder<GuidanceAcknowledgement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.District).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceVersion>().WithMany().HasForeignKey(a => a.VersionNumber).HasPrincipalKey(v => v.Number).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.UserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();

        // Acknowledging twice keeps the first (the workflow checks; the index holds it under a double click).
        builder.HasIndex(a => new { a.UserId, a.VersionNumber }).IsUnique();
        builder.HasIndex(a => new { a.VersionNumber, a.District });
    }
}
