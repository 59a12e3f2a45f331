using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>The department-wide queue of posts routed to the Office of News Affairs (IV.A.1), oldest first.</summary>
public sealed class ApprovalsModel(CpdTwitterDbContext db, PostWorkflow workflow, PostDisplay display, CurrentMember member) : ApprovalQueueModel(db, workflow, display, member)
{
    public override string Heading => "Approvals — Office of News Affairs";

    protected override IQueryable<Post> Queue(IQueryable<Post> posts) =>
        posts.Within(Member.Scope).Where(p => p.State == PostState.AwaitingNewsAffairs || p.State == PostState.AwaitingSergeant);
}
