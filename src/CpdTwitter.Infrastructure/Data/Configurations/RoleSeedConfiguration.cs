using CpdTwitter.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

/// <summary>The five roles exist in every database from the first migration on.</summary>
internal sealed class RoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Roles.All.Select(r => new IdentityRole(r)
        {
            Id = r,
            NormalizedName = r.ToUpperInvariant(),
            ConcurrencyStamp = r,
        }));
}
