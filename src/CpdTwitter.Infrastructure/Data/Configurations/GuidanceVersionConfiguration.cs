using CpdTwitter.Domain.Guidance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class GuidanceVersionConfiguration : IEntityTypeConfiguration<GuidanceVersion>
{
    public void Configure(EntityTypeBuilder<GuidanceVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Markdown).HasMaxLength(GuidanceVersion.TextMaxLength).IsRequired();
        builder.Property(v => v.Summary).HasMaxLength(GuidanceVersion.SummaryMaxLength).IsRequired();
        builder.Property(v => v.PublishedById).HasMaxLength(450).IsRequired();
        builder.Property(v => v.PublishedByName).HasMaxLength(256).IsRequired();

        // One version per number: two News Affairs members publishing at once cannot both make version N.
        builder.HasIndex(v => v.Number).IsUnique();
    }
}
