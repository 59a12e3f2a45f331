using System.Text.Json;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Media;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CpdTwitter.Infrastructure.Data.Configurations;

/// <summary>A revision's images are a small list kept as JSON in a column of the post and of the revision (no join to read a post).</summary>
internal static class PostImagesColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<PostImage>> AsJsonColumn(this PropertyBuilder<IReadOnlyList<PostImage>> property) =>
        property.HasConversion(new ValueConverter<IReadOnlyList<PostImage>, string>(
                images => JsonSerializer.Serialize(images, Json),
                json => JsonSerializer.Deserialize<List<PostImage>>(json, Json) ?? new List<PostImage>()),
            new ValueComparer<IReadOnlyList<PostImage>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                images => images.Aggregate(0, (hash, image) => HashCode.Combine(hash, image.GetHashCode())),
                images => images.ToList()))
            .HasDefaultValueSql("'[]'")
            .IsRequired();
}

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.HasKey(i => new { i.District, i.Sha256 });
        builder.Property(i => i.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(i => i.StoredBy).HasMaxLength(450).IsRequired();
        builder.HasOne<District>().WithMany().HasForeignKey(i => i.District).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class XMediaUploadConfiguration : IEntityTypeConfiguration<XMediaUpload>
{
    public void Configure(EntityTypeBuilder<XMediaUpload> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(u => u.MediaId).HasMaxLength(64);
        builder.Property(u => u.AltTextSet).HasMaxLength(PostImages.AltTextMaxLength);
        builder.HasOne<Domain.Posts.Post>().WithMany().HasForeignKey(u => u.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.PostId, u.Sha256 });
    }
}
