using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("Mentions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(m => m.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.XPostId).HasMaxLength(Mention.XIdMaxLength).IsRequired();
        builder.Property(m => m.AuthorXId).HasMaxLength(Mention.XIdMaxLength);
        builder.Property(m => m.AuthorHandle).HasMaxLength(Mention.HandleMaxLength).IsRequired();
        builder.Property(m => m.AuthorName).HasMaxLength(Mention.AuthorNameMaxLength).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(Mention.TextMaxLength).IsRequired();
        builder.Property(m => m.ConversationId).HasMaxLength(Mention.XIdMaxLength);
        builder.Property(m => m.InReplyToXPostId).HasMaxLength(Mention.XIdMaxLength);
        builder.Property(m => m.FlagReason).HasMaxLength(Mention.FlagReasonMaxLength);
        builder.Property(m => m.HandledById).HasMaxLength(450);
        builder.Property(m => m.HandledByName).HasMaxLength(256);
        builder.Property(m => m.NoResponseReason).HasMaxLength(Mention.ReasonMaxLength);
        builder.HasOne<MediaInquiry>().WithMany().HasForeignKey(m => m.MediaInquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Version).IsConcurrencyToken();

        // One record per district and X post; the district's inbox by state or all, and the department-wide inbox, newest first.
        builder.HasIndex(m => new { m.District, m.XPostId }).IsUnique();
        builder.HasIndex(m => new { m.District, m.State, m.PostedAt, m.Id });
        builder.HasIndex(m => new { m.District, m.PostedAt, m.Id });
        builder.HasIndex(m => new { m.State, m.PostedAt, m.Id });
        builder.HasIndex(m => new { m.PostedAt, m.Id });
    }
}

internal sealed class MentionPollConfiguration : IEntityTypeConfiguration<MentionPoll>
{
    public void Configure(EntityTypeBuilder<MentionPoll> builder)
    {
        builder.ToTable("MentionPolls");
        builder.HasKey(p => p.District);
        builder.Property(p => p.District).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.District).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.SinceId).HasMaxLength(Mention.XIdMaxLength);
        builder.Property(p => p.LastResult).HasMaxLength(MentionPoll.ResultMaxLength);
        builder.Property(p => p.LeaseOwner).HasMaxLength(128);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PressContactConfiguration : IEntityTypeConfiguration<PressContact>
{
    public void Configure(EntityTypeBuilder<PressContact> builder)
    {
        builder.ToTable("PressContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Handle).HasMaxLength(PressContact.HandleMaxLength).IsRequired();
        builder.Property(c => c.HandleKey).HasMaxLength(PressContact.HandleMaxLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(PressContact.NameMaxLength).IsRequired();
        builder.Property(c => c.Outlet).HasMaxLength(PressContact.OutletMaxLength).IsRequired();
        builder.Property(c => c.AddedById).HasMaxLength(450).IsRequired();
        builder.Property(c => c.AddedByName).HasMaxLength(256).IsRequired();
        builder.Property(c => c.RemovedByName).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.HandleKey).IsUnique();
    }
}
