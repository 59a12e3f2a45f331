using CpdTwitter.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Number);
        builder.Property(d => d.Number).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(District.NameMaxLength).IsRequired();
        builder.Ignore(d => d.DisplayName);
        builder.HasData(ChicagoDistricts.All.Select(d => new { d.Number, d.Name }));
    }
}
