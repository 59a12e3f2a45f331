using CpdTwitter.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

/// <summary>
/// The News Affairs dashboard's indexes (issue 14): each section reads a bounded time range, or one small state, from an
/// index that holds every column it needs, so it counts index entries instead of visiting a million rows.
/// </summary>
internal sealed class PostDashboardIndexConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        // Postings per district per week, and this month's postings against the X plan's cap.
        builder.HasIndex(p => new { p.PublishedAt, p.District });
        // Time from submission to approval, by the week of the approval.
        builder.HasIndex(p => new { p.ApprovedAt, p.District, p.SubmittedAt });
        // Discontinued postings by reason, all time and the last weeks.
        builder.HasIndex(p => new { p.State, p.DiscontinueReason, p.DiscontinuedAt, p.District });
    }
}
