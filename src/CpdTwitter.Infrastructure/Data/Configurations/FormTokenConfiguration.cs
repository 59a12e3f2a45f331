using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class FormTokenConfiguration : IEntityTypeConfiguration<FormToken>
{
    public void Configure(EntityTypeBuilder<FormToken> builder)
    {
        // The key is what makes a token one-time: a second insert of it fails on every provider.
        builder.HasKey(t => t.Token);
        builder.Property(t => t.Token).HasMaxLength(FormToken.TokenLength).IsUnicode(false);
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Purpose).HasMaxLength(64).IsRequired();
        builder.Property(t => t.ResultId).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.UsedAt);
    }
}
