using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class WatchAssignmentConfiguration : IEntityTypeConfiguration<WatchAssignment>
{
    public void Configure(EntityTypeBuilder<WatchAssignment> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(w => w.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.Day).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.SetById).HasMaxLength(450).IsRequired();
        builder.Property(w => w.SetByName).HasMaxLength(256).IsRequired();
        builder.HasIndex(w => w.UserId);
    }
}

internal sealed class DutyGrantConfiguration : IEntityTypeConfiguration<DutyGrant>
{
    public void Configure(EntityTypeBuilder<DutyGrant> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(g => g.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(g => g.GrantedById).HasMaxLength(450).IsRequired();
        builder.Property(g => g.GrantedByName).HasMaxLength(256).IsRequired();
        builder.Property(g => g.Reason).HasMaxLength(DutyGrant.ReasonMaxLength);
        builder.HasIndex(g => new { g.UserId, g.UntilUtc });
        builder.HasIndex(g => new { g.District, g.Kind, g.UntilUtc });
    }
}
