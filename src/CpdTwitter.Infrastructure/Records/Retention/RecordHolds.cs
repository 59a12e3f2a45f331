using System.Linq.Expressions;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Retention;

/// <summary>
/// Everything that holds records right now: legal holds in force and every open public-records request (its hold
/// starts on the day it is received and ends when it is closed, with no one having to remember it).
/// </summary>
public sealed class RecordHolds(CpdTwitterDbContext db)
{
    public async Task<IReadOnlyList<HoldScope>> InForceAsync(CancellationToken cancellationToken = default)
    {
        var legal = await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null)
            .Select(h => new HoldScope(h.District, h.FromDate, h.ToDate, h.PostId, h.PersonId)).ToListAsync(cancellationToken);
        var requests = await db.FoiaRequests.AsNoTracking().Where(r => r.ClosedAt == null)
            .Select(r => new HoldScope(r.District, r.FromDate, r.ToDate, null, null)).ToListAsync(cancellationToken);
        return [.. legal, .. requests];
    }

    /// <summary>The postings no hold covers, in SQL (the same rule as <see cref="HoldScope.Covers"/>, which the approval checks again).</summary>
    public static IQueryable<Post> NotHeld(IQueryable<Post> posts, IEnumerable<HoldScope> holds)
    {
        ArgumentNullException.ThrowIfNull(holds);
        foreach (var hold in holds)
        {
            if (hold.IsEmpty)
            {
                return posts.Where(_ => false);
            }

            posts = posts.Where(Not(Covers(hold)));
        }

        return posts;
    }

    private static Expression<Func<Post, bool>> Covers(HoldScope hold)
    {
        var (fromUtc, beforeUtc) = hold.UtcBounds();
        var district = hold.District;
        var postId = hold.PostId;
        var authorId = hold.AuthorId;
        Expression<Func<Post, bool>> covers = p => true;
        if (district is not null)
        {
            covers = And(covers, p => p.District == district);
        }

        if (fromUtc is not null)
        {
            covers = And(covers, p => p.CreatedAt >= fromUtc);
        }

        if (beforeUtc is not null)
        {
            covers = And(covers, p => p.CreatedAt < beforeUtc);
        }

        if (postId is not null)
        {
            covers = And(covers, p => p.Id == postId);
        }

        if (authorId is not null)
        {
            covers = And(covers, p => p.AuthorId == authorId);
        }

        return covers;
    }

    private static Expression<Func<Post, bool>> And(Expression<Func<Post, bool>> left, Expression<Func<Post, bool>> right)
    {
        var body = Expression.AndAlso(left.Body, new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body));
        return Expression.Lambda<Func<Post, bool>>(body, left.Parameters);
    }

    private static Expression<Func<Post, bool>> Not(Expression<Func<Post, bool>> predicate) =>
        Expression.Lambda<Func<Post, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
