using System.Text.Json;
using CpdTwitter.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class PostTemplateConfiguration : IEntityTypeConfiguration<PostTemplate>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<PostTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(PostTemplate.NameMaxLength).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(PostTemplate.BodyMaxLength).IsRequired();
        // A template's few fields (name and label each) are read with it, never queried on their own.
        builder.Property(t => t.Fields).HasConversion(new ValueConverter<IReadOnlyList<TemplateField>, string>(
                fields => JsonSerializer.Serialize(fields, Json),
                json => JsonSerializer.Deserialize<List<TemplateField>>(json, Json) ?? new List<TemplateField>()),
            new ValueComparer<IReadOnlyList<TemplateField>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                fields => fields.Aggregate(0, (hash, field) => HashCode.Combine(hash, field.GetHashCode())),
                fields => fields.ToList()))
            .HasMaxLength(4000)
            .IsRequired();
        builder.Property(t => t.RetiredByName).HasMaxLength(256);
        builder.Property(t => t.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(t => t.CreatedByName).HasMaxLength(256).IsRequired();
        builder.Property(t => t.ChangedById).HasMaxLength(450).IsRequired();
        builder.Property(t => t.ChangedByName).HasMaxLength(256).IsRequired();
        builder.Property(t => t.Stamp).IsConcurrencyToken();
        builder.HasIndex(t => t.Name).IsUnique();
        // A post keeps the template (and version) it was started from; a template is never deleted.
        builder.HasMany<Domain.Posts.Post>().WithOne().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.Restrict);
        // Both lists (News Affairs' and the representatives') read the templates by retired or not, then kind and name.
        builder.HasIndex(t => new { t.Retired, t.Category, t.Name });
    }
}
