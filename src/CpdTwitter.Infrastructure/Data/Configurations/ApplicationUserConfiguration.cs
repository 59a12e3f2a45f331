using CpdTwitter.Domain.Districts;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
        builder.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictNumber).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsDisabled);
    }
}
