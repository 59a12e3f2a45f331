using CpdTwitter.Infrastructure.Records.Capture;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class TimelineCaptureRunConfiguration : IEntityTypeConfiguration<TimelineCaptureRun>
{
    public void Configure(EntityTypeBuilder<TimelineCaptureRun> builder)
    {
        builder.HasKey(r => r.District);
        builder.Property(r => r.District).ValueGeneratedNever();
        builder.HasOne<Domain.Districts.District>().WithMany().HasForeignKey(r => r.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.LeaseOwner).HasMaxLength(128);
        builder.Property(r => r.LastResult).HasMaxLength(TimelineCaptureRun.ResultMaxLength);
    }
}
