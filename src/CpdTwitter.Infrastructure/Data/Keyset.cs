using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// One page of a list and the tokens for its neighbours. <see cref="First"/> is the 1-based position of the first row
/// in the whole list, so a page says "51–100 of 1,234"; <see cref="Rejected"/> tells that the token asked for could not
/// be read (or pointed past the end) and the first page is shown instead. With a count cap, <see cref="TotalIsMore"/>
/// says there are more than <see cref="Total"/> rows and <see cref="FirstIsMore"/> that the page starts beyond the cap.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, int Total, int First, string? Previous, string? Next, bool Rejected, bool TotalIsMore = false, bool FirstIsMore = false)
{
    public int Last => First + Items.Count - 1;

    public bool IsFirst => Previous is null;
}

/// <summary>
/// How a list is ordered for keyset paging: a time (or a unique sequence number) and, for times, the row's id to break
/// ties, ascending (oldest first) or descending (newest first). Declare one per list as a static field.
/// </summary>
public sealed class KeysetOrder<T>
{
    internal KeysetOrder(LambdaExpression key, Func<T, long> keyOf, Func<long, Expression> keyParameter, Expression<Func<T, Guid>>? id, bool descending)
    {
        Key = key;
        KeyOf = keyOf;
        KeyParameter = keyParameter;
        Id = id;
        IdOf = id?.Compile();
        Descending = descending;
    }

    internal LambdaExpression Key { get; }

    internal Func<T, long> KeyOf { get; }

    internal Func<long, Expression> KeyParameter { get; }

    internal Expression<Func<T, Guid>>? Id { get; }

    internal Func<T, Guid>? IdOf { get; }

    internal bool Descending { get; }
}

/// <summary>The orders a list may be paged in: <c>KeysetOrder.ByTime&lt;Post&gt;(p =&gt; p.UpdatedAt, p =&gt; p.Id, newestFirst: true)</c>.</summary>
public static class KeysetOrder
{
    public static KeysetOrder<T> ByTime<T>(Expression<Func<T, DateTime>> time, Expression<Func<T, Guid>> id, bool newestFirst)
    {
        ArgumentNullException.ThrowIfNull(time);
        var read = time.Compile();
        return new KeysetOrder<T>(time, row => read(row).Ticks, ticks => Keyset.Parameter(new DateTime(ticks, DateTimeKind.Utc)), id, newestFirst);
    }

    /// <summary>A unique, increasing number (the audit trail's sequence): no tie-breaker needed.</summary>
    public static KeysetOrder<T> BySequence<T>(Expression<Func<T, long>> sequence, bool newestFirst)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var read = sequence.Compile();
        return new KeysetOrder<T>(sequence, read, value => Keyset.Parameter(value), null, newestFirst);
    }
}

/// <summary>
/// Keyset ("seek") paging shared by every list page: a page is "the next n rows after this one in the list's order",
/// so rows added meanwhile never shift a page or repeat one, and a deep page costs what the first does. Totals and
/// the page's position come from COUNT queries on the same indexed predicate.
/// </summary>
public static class Keyset
{
    public const int DefaultPageSize = 50;

    private static readonly MethodInfo CompareGuids = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    public static Task<KeysetPage<T>> PageAsync<T>(this IQueryable<T> source, KeysetOrder<T> order, string? token, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        PageAsync(source, order, token, pageSize, countCap: null, cancellationToken);

    /// <summary>
    /// As above, but counting (the total and the page's position) stops after <paramref name="countCap"/> rows, as
    /// <c>/Admin/Audit</c> does: a list of a million rows costs a capped count, and the page says "more than" the cap.
    /// </summary>
    public static async Task<KeysetPage<T>> PageAsync<T>(this IQueryable<T> source, KeysetOrder<T> order, string? token, int pageSize, int? countCap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var rejected = false;
        if (PageCursor.TryParse(token, out var cursor))
        {
            var page = cursor.Backward
                ? await BackwardAsync(source, order, cursor, pageSize, countCap, cancellationToken)
                : await ForwardAsync(source, order, cursor, pageSize, countCap, cancellationToken);
            if (page is not null)
            {
                return page;
            }

            // Going back past the start is simply the first page; going forward into nothing means the rows went away.
            rejected = !cursor.Backward;
        }
        else
        {
            rejected = !string.IsNullOrEmpty(token);
        }

        var rows = await Ordered(source, order, reverse: false).Take(pageSize + 1).ToListAsync(cancellationToken);
        // Counted even when everything fits on the page, so a page costs the same commands whatever the list's length.
        var total = await CountAsync(source, countCap, cancellationToken);
        return Build(order, rows.Take(pageSize).ToList(), total, new Counted(1, false), hasPrevious: false, hasNext: rows.Count > pageSize, rejected);
    }

    /// <summary>
    /// For exports that read a whole list batch by batch: the next <paramref name="size"/> rows after <paramref name="last"/>
    /// in the list's order (from the start when null), with no counts, so each batch is one seek on the order's index.
    /// </summary>
    public static Task<List<T>> BatchAfterAsync<T>(this IQueryable<T> source, KeysetOrder<T> order, T? last, int size, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(order);
        var rows = last is null ? source : source.Where(Beyond(order, order.KeyOf(last), order.IdOf?.Invoke(last) ?? Guid.Empty, after: true));
        return Ordered(rows, order, reverse: false).Take(size).ToListAsync(cancellationToken);
    }

    /// <summary>The page after the cursor; null when nothing is left there (the rows went away), so the first page shows.</summary>
    private static async Task<KeysetPage<T>?> ForwardAsync<T>(IQueryable<T> source, KeysetOrder<T> order, PageCursor cursor, int pageSize, int? countCap, CancellationToken cancellationToken)
    {
        var rows = await Ordered(source.Where(Beyond(order, cursor.Key, cursor.Id, after: true)), order, reverse: false)
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var items = rows.Take(pageSize).ToList();
        var before = await CountAsync(source.Where(Beyond(order, order.KeyOf(items[0]), order.IdOf?.Invoke(items[0]) ?? Guid.Empty, after: false)), countCap, cancellationToken);
        var total = await CountAsync(source, countCap, cancellationToken);
        return Build(order, items, total, before with { Value = before.Value + 1 }, hasPrevious: before.Value > 0, hasNext: rows.Count > pageSize, rejected: false);
    }

    /// <summary>The page before the cursor; null when it would not be full (it is then the first page, shown as such).</summary>
    private static async Task<KeysetPage<T>?> BackwardAsync<T>(IQueryable<T> source, KeysetOrder<T> order, PageCursor cursor, int pageSize, int? countCap, CancellationToken cancellationToken)
    {
        var rows = await Ordered(source.Where(Beyond(order, cursor.Key, cursor.Id, after: false)), order, reverse: true)
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        if (rows.Count <= pageSize)
        {
            return null;
        }

        var items = rows.Take(pageSize).Reverse().ToList();
        var before = await CountAsync(source.Where(Beyond(order, order.KeyOf(items[0]), order.IdOf?.Invoke(items[0]) ?? Guid.Empty, after: false)), countCap, cancellationToken);
        var total = await CountAsync(source, countCap, cancellationToken);
        return Build(order, items, total, before with { Value = before.Value + 1 }, hasPrevious: true, hasNext: total.IsMore || before.Value + items.Count < total.Value, rejected: false);
    }

    private static KeysetPage<T> Build<T>(KeysetOrder<T> order, List<T> items, Counted total, Counted first, bool hasPrevious, bool hasNext, bool rejected)
    {
        string Token(T row, bool backward) => new PageCursor(backward, order.KeyOf(row), order.IdOf?.Invoke(row) ?? Guid.Empty).Encode();
        return new KeysetPage<T>(
            items,
            total.Value,
            items.Count == 0 ? 0 : first.Value,
            hasPrevious && items.Count > 0 ? Token(items[0], backward: true) : null,
            hasNext && items.Count > 0 ? Token(items[^1], backward: false) : null,
            rejected,
            total.IsMore,
            items.Count > 0 && first.IsMore);
    }

    /// <summary>Every row, or at most <paramref name="cap"/> + 1 of them (a LIMIT subquery) to tell "more than the cap".</summary>
    private static async Task<Counted> CountAsync<T>(IQueryable<T> rows, int? cap, CancellationToken cancellationToken)
    {
        if (cap is not { } most)
        {
            return new Counted(await rows.CountAsync(cancellationToken), false);
        }

        var counted = await rows.Take(most + 1).CountAsync(cancellationToken);
        return new Counted(Math.Min(counted, most), counted > most);
    }

    private readonly record struct Counted(int Value, bool IsMore);

    private static IOrderedQueryable<T> Ordered<T>(IQueryable<T> source, KeysetOrder<T> order, bool reverse)
    {
        var descending = order.Descending != reverse;
        var ordered = (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy),
            [typeof(T), order.Key.ReturnType], source.Expression, Expression.Quote(order.Key)));
        if (order.Id is { } id)
        {
            ordered = descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id);
        }

        return ordered;
    }

    /// <summary>
    /// Rows after (or before) the position (key, id) in the list's order, written as <c>key ≥ k AND (key &gt; k OR id &gt; i)</c>
    /// (for an ascending list) so the database seeks the index on the key instead of filtering every row.
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(KeysetOrder<T> order, long key, Guid id, bool after)
    {
        var row = order.Key.Parameters[0];
        var greater = after != order.Descending;
        var column = order.Key.Body;
        var value = order.KeyParameter(key);
        Expression condition;
        if (order.Id is { } idLambda)
        {
            var idColumn = new ReplaceParameter(idLambda.Parameters[0], row).Visit(idLambda.Body);
            var idCompared = Expression.Call(idColumn, CompareGuids, Parameter(id));
            var zero = Expression.Constant(0);
            condition = Expression.AndAlso(
                greater ? Expression.GreaterThanOrEqual(column, value) : Expression.LessThanOrEqual(column, value),
                Expression.OrElse(
                    greater ? Expression.GreaterThan(column, value) : Expression.LessThan(column, value),
                    greater ? Expression.GreaterThan(idCompared, zero) : Expression.LessThan(idCompared, zero)));
        }
        else
        {
            condition = greater ? Expression.GreaterThan(column, value) : Expression.LessThan(column, value);
        }

        return Expression.Lambda<Func<T, bool>>(condition, row);
    }

    /// <summary>A value EF Core sends as a query parameter (a captured field), not as a literal in the SQL text.</summary>
    internal static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
