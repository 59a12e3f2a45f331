using CpdTwitter.Domain.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class DeviceEnrollmentConfiguration : IEntityTypeConfiguration<DeviceEnrollment>
{
    public void Configure(EntityTypeBuilder<DeviceEnrollment> builder)
    {
        builder.ToTable("Devices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AssetTag).HasMaxLength(DeviceEnrollment.AssetTagMaxLength).IsRequired();
        builder.Property(d => d.EnrolledById).HasMaxLength(450).IsRequired();
        builder.Property(d => d.EnrolledByName).HasMaxLength(256).IsRequired();
        builder.Property(d => d.RevokedById).HasMaxLength(450);
        builder.Property(d => d.RevokedByName).HasMaxLength(256);
        builder.Property(d => d.RevokeReason).HasMaxLength(DeviceEnrollment.ReasonMaxLength);
        builder.Ignore(d => d.IsRevoked);
        builder.HasIndex(d => d.AssetTag).IsUnique().HasFilter("\"RevokedAt\" IS NULL").HasDatabaseName("UX_Devices_ActiveAssetTag");
    }
}
