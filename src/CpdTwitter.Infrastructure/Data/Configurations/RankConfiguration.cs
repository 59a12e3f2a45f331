using CpdTwitter.Domain.Representatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class RankConfiguration : IEntityTypeConfiguration<Rank>
{
    public void Configure(EntityTypeBuilder<Rank> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(RepresentativeDetails.RankMaxLength);
        builder.HasData(Rank.Defaults.Select(r => new { r.Name, r.SortOrder }));
    }
}
