using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    // X counts at most 280 weighted characters; a post of 280 CJK ideographs or emoji sequences is far longer in UTF-16.
    public const int TextMaxLength = 4000;

    /// <summary>The shadow column with the posting's calendar time: <c>EF.Property&lt;DateTime&gt;(post, PostConfiguration.CalendarAt)</c>.</summary>
    public const string CalendarAt = nameof(CalendarAt);

    // Post.DueAt in SQL every provider runs (a comparison with a NULL is not true, so it falls to the COALESCE).
    private const string CalendarAtSql =
        "COALESCE(\"PublishedAt\", CASE WHEN \"ScheduledFor\" > \"ReleasedAt\" THEN \"ScheduledFor\" ELSE COALESCE(\"ReleasedAt\", \"ScheduledFor\", \"CreatedAt\") END)";

    public static void CalendarAtIsVirtual(EntityTypeBuilder<Post> builder) =>
        builder.Property<DateTime>(CalendarAt).HasComputedColumnSql(CalendarAtSql, stored: false);

    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.District).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.ApplicationUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.AuthorId).HasMaxLength(450).IsRequired();
        builder.Property(p => p.AuthorName).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Text).HasMaxLength(TextMaxLength).IsRequired();
        builder.Property(p => p.SubmittedText).HasMaxLength(TextMaxLength);
        builder.Property(p => p.ApprovedText).HasMaxLength(TextMaxLength);
        builder.Property(p => p.SentText).HasMaxLength(TextMaxLength);
        builder.Property(p => p.Justification).HasMaxLength(PostContent.JustificationMaxLength);
        builder.Property(p => p.RoutingReasons).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.ApprovedBy).HasMaxLength(450);
        builder.Property(p => p.ApprovedByName).HasMaxLength(256);
        builder.Property(p => p.ApprovedByRole).HasMaxLength(64);
        builder.Property(p => p.DecisionComment).HasMaxLength(PostDecision.CommentMaxLength);
        builder.Property(p => p.XPostId).HasMaxLength(64);
        builder.Property(p => p.XPostUrl).HasMaxLength(256);
        builder.Property(p => p.AccountHandle).HasMaxLength(64);
        builder.Property(p => p.PublishingMessage).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Images).AsJsonColumn();
        builder.Property(p => p.ReviewedByName).HasMaxLength(256);
        builder.Property(p => p.DiscontinueNote).HasMaxLength(PostReview.NoteMaxLength);
        builder.Property(p => p.DiscontinuedBy).HasMaxLength(450);
        builder.Property(p => p.DiscontinuedByName).HasMaxLength(256);
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.CorrectsPostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Responses.Mention>().WithMany().HasForeignKey(p => p.InReplyToMentionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.InReplyToXPostId).HasMaxLength(Domain.Responses.Mention.XIdMaxLength);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.DueAt);
        builder.Ignore(p => p.RoutingReasonList);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The queues people look at: a district's posts by state, the department's approvals oldest first.
        builder.HasIndex(p => new { p.District, p.State, p.UpdatedAt });
        builder.HasIndex(p => new { p.State, p.SubmittedAt });
        builder.HasIndex(p => new { p.AuthorId, p.UpdatedAt });
        builder.HasIndex(p => p.XPostId);
        builder.HasIndex(p => new { p.District, p.State, p.PublishedAt });
        // The representatives' home: a district's published posts whose review asked for a correction.
        builder.HasIndex(p => new { p.District, p.LastReviewOutcome, p.State });
        // The calendar's time of a posting (CalendarEntries.TimeOf: published, else due to go out — Post.DueAt), kept by the
        // store itself so no transition can forget it; the calendar seeks its days on these two indexes.
        builder.Property<DateTime>(CalendarAt).HasComputedColumnSql(CalendarAtSql, stored: true);
        builder.HasIndex(CalendarAt);
        builder.HasIndex(nameof(Post.District), CalendarAt);
        // Keyset pages of a district's posts, latest change first (Drafts).
        builder.HasIndex(p => new { p.District, p.UpdatedAt, p.Id });
        // The department-wide feed (News Affairs, ISD): newest submission first, all districts or one.
        builder.HasIndex(p => new { p.SubmittedAt, p.Id });
        builder.HasIndex(p => new { p.District, p.SubmittedAt, p.Id });
        // A post made outside the app is captured once per district however often (or however many instances) read the
        // timeline: the capture looks it up first, and this index stops two simultaneous captures.
        builder.HasIndex(p => new { p.District, p.XPostId }).IsUnique().HasFilter("\"Origin\" = 1").HasDatabaseName("IX_Posts_District_XPostId_OutsideApp");
    }
}

internal sealed class PostReviewConfiguration : IEntityTypeConfiguration<PostReview>
{
    public void Configure(EntityTypeBuilder<PostReview> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Note).HasMaxLength(PostReview.NoteMaxLength);
        builder.Property(r => r.ReviewedBy).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ReviewedByName).HasMaxLength(256).IsRequired();
        builder.HasIndex(r => new { r.District, r.ReviewedAt });
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(PostConfiguration.TextMaxLength).IsRequired();
        builder.Property(r => r.Justification).HasMaxLength(PostContent.JustificationMaxLength);
        builder.Property(r => r.EditedBy).HasMaxLength(450).IsRequired();
        builder.Property(r => r.EditedByName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Images).AsJsonColumn();
        builder.HasIndex(r => new { r.PostId, r.Number }).IsUnique();
    }
}

internal sealed class PostDecisionConfiguration : IEntityTypeConfiguration<PostDecision>
{
    public void Configure(EntityTypeBuilder<PostDecision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DecidedBy).HasMaxLength(450).IsRequired();
        builder.Property(d => d.DecidedByName).HasMaxLength(256).IsRequired();
        builder.Property(d => d.Role).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Comment).HasMaxLength(PostDecision.CommentMaxLength);
        builder.HasIndex(d => new { d.PostId, d.DecidedAt });
    }
}
