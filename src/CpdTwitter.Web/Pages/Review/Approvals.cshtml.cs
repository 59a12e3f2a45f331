using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;

namespace CpdTwitter.Web.Pages.Review;

/// <summary>When the commander requires it, the district's sergeant (or commander) approves every post of the district.</summary>
public sealed class ApprovalsModel(CpdTwitterDbContext db, PostWorkflow workflow, PostDisplay display, CurrentMember member) : ApprovalQueueModel(db, workflow, display, member)
{
    public override string Heading => $"Approvals — District {Member.OwnDistrict:000}";

    protected override IQueryable<Post> Queue(IQueryable<Post> posts) =>
        posts.Within(Member.Scope).Where(p => p.State == PostState.AwaitingSergeant);
}
