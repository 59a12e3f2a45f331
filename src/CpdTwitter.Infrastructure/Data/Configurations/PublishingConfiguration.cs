using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class PublishingSwitchConfiguration : IEntityTypeConfiguration<PublishingSwitch>
{
    public void Configure(EntityTypeBuilder<PublishingSwitch> builder)
    {
        builder.HasKey(s => s.Scope);
        builder.Property(s => s.Scope).ValueGeneratedNever();
        builder.Property(s => s.PausedById).HasMaxLength(450);
        builder.Property(s => s.PausedByName).HasMaxLength(256);
        builder.Property(s => s.PauseReason).HasMaxLength(PublishingSwitch.ReasonMaxLength);
        builder.Ignore(s => s.IsPaused);
        builder.Property(s => s.ReviewWithinHours).HasDefaultValue(Domain.Posts.ReviewSchedule.DefaultReviewWithinHours);
    }
}

internal sealed class XAccountConnectionConfiguration : IEntityTypeConfiguration<XAccountConnection>
{
    public void Configure(EntityTypeBuilder<XAccountConnection> builder)
    {
        builder.HasKey(a => a.District);
        builder.Property(a => a.District).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Handle).HasMaxLength(64);
        builder.Property(a => a.XUserId).HasMaxLength(64);
        builder.Property(a => a.ProtectedAccessToken).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.ProtectedAccessTokenSecret).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.ConnectedById).HasMaxLength(450).IsRequired();
        builder.Property(a => a.ConnectedByName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.NeedsReconnectReason).HasMaxLength(500);
        builder.Ignore(a => a.NeedsReconnect);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.LeaseOwner).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.CompletedAt, m.DueAt });
        builder.HasIndex(m => m.PostId);
    }
}

internal sealed class PolicyTermConfiguration : IEntityTypeConfiguration<PolicyTerm>
{
    private static readonly DateTime Seeded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<PolicyTerm> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Value).HasMaxLength(PolicyTerm.ValueMaxLength).IsRequired();
        builder.Property(t => t.AddedById).HasMaxLength(450).IsRequired();
        builder.Property(t => t.AddedByName).HasMaxLength(256).IsRequired();
        builder.HasIndex(t => new { t.Kind, t.Value }).IsUnique();

        var id = 0;
        var defaults = PolicyLists.Defaults;
        builder.HasData(
            defaults.NotableTerms.Select(v => Seed(++id, PolicyListKind.NotableTerm, v))
                .Concat(defaults.AllowedDomains.Select(v => Seed(++id, PolicyListKind.AllowedDomain, v)))
                .Concat(defaults.PromotionalTerms.Select(v => Seed(++id, PolicyListKind.PromotionalTerm, v)))
                .ToList());
    }

    private static object Seed(int id, PolicyListKind kind, string value) =>
        new { Id = id, Kind = kind, Value = value, AddedById = PolicyTerm.DefaultsAddedBy, AddedByName = PolicyTerm.DefaultsAddedBy, AddedAt = Seeded };
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Identity.ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(500).IsRequired();
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id });
        builder.HasIndex(n => new { n.EmailedAt, n.EmailRetryAt });
    }
}
