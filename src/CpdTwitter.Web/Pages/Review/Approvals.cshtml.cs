using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;

namespace CpdTwitter.Web.Pages.Review;

/// <summary>When the commander requires it, the district's sergeant (or commander) approves every post of the district.</summary>
public sealed class ApprovalsModel(CpdTwitterDbContext db, PostWorkflow workflow, PostDisplay display) : ApprovalQueueModel(db, workflow, display)
{
    public override string Heading => $"Approvals — District {District:000}";

    private int District => User.DistrictOf() ?? throw new InvalidOperationException("The district policy guarantees a district.");

    protected override IQueryable<Post> Queue(IQueryable<Post> posts)
    {
        var district = District;
        return posts.Where(p => p.District == district && p.State == PostState.AwaitingSergeant);
    }
}
