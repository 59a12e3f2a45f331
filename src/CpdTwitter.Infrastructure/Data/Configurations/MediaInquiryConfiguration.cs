using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class MediaInquiryConfiguration : IEntityTypeConfiguration<MediaInquiry>
{
    public void Configure(EntityTypeBuilder<MediaInquiry> builder)
    {
        builder.ToTable("MediaInquiries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(i => i.District).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Post>().WithMany().HasForeignKey(i => i.RelatedPostId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Outlet).HasMaxLength(MediaInquiry.OutletMaxLength).IsRequired();
        builder.Property(i => i.Reporter).HasMaxLength(MediaInquiry.ReporterMaxLength).IsRequired();
        builder.Property(i => i.Contact).HasMaxLength(MediaInquiry.ContactMaxLength).IsRequired();
        builder.Property(i => i.Question).HasMaxLength(MediaInquiry.QuestionMaxLength).IsRequired();
        builder.Property(i => i.ResponseText).HasMaxLength(MediaInquiry.ResponseMaxLength);
        builder.Property(i => i.CloseNote).HasMaxLength(MediaInquiry.NoteMaxLength);
        builder.Property(i => i.LoggedById).HasMaxLength(450).IsRequired();
        builder.Property(i => i.LoggedByName).HasMaxLength(256).IsRequired();
        builder.Property(i => i.AssignedToId).HasMaxLength(450);
        builder.Property(i => i.AssignedToName).HasMaxLength(256);
        builder.Property(i => i.RespondedByName).HasMaxLength(256);
        builder.Property(i => i.ClosedByName).HasMaxLength(256);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // The News Affairs queue (by state, oldest or newest received), the district's list, the overdue check and a posting's "media interest".
        builder.HasIndex(i => new { i.State, i.ReceivedAt, i.Id });
        builder.HasIndex(i => new { i.District, i.ReceivedAt, i.Id });
        builder.HasIndex(i => new { i.District, i.State, i.ReceivedAt });
        builder.HasIndex(i => new { i.OverdueNotifiedAt, i.State, i.ReceivedAt });
        builder.HasIndex(i => i.RelatedPostId);
        builder.HasOne<Domain.Responses.Mention>().WithMany().HasForeignKey(i => i.MentionId).OnDelete(DeleteBehavior.Restrict);
    }
}
