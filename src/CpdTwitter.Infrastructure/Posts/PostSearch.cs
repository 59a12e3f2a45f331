using System.Text.RegularExpressions;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// Postings whose text holds every word typed, whatever the case: the provider's full-text index where there is one
/// (<see cref="PostSearchIndex"/>). Only words (letters and digits) reach the database, each as a plain term, so quotes,
/// FTS5 operators (AND, NEAR, *, ^, column filters) or tsquery syntax typed by someone can never make the query fail.
/// SQLite and PostgreSQL match words by their stem (porter / english): "thefts" finds "theft".
/// SQL Server has no full-text catalog we can count on: each word is a LIKE '%word%' there (a scan; slow at volume).
/// </summary>
public sealed partial class PostSearch(CpdTwitterDbContext db)
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    /// <summary>The words of what was typed, as the search uses them (lower case, at most <see cref="MaxWords"/>).</summary>
    public static IReadOnlyList<string> Words(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        return WordPattern().Matches(typed)
            .Select(m => m.Value.Length > MaxWordLength ? m.Value[..MaxWordLength] : m.Value)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();
    }

    /// <summary>The postings (all districts; callers scope them) whose text has every word; all postings for no words.</summary>
    public IQueryable<Post> Matching(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return db.Posts;
        }

        if (db.Database.IsSqlite())
        {
            // Each word a quoted FTS5 string: no operator or column filter can come from the user.
            var match = string.Join(' ', words.Select(w => "\"" + w + "\""));
            return db.Posts.FromSql($"""
                SELECT * FROM "Posts" WHERE "Id" IN (
                    SELECT k."PostId" FROM "PostSearchKeys" AS k WHERE k."Rowid" IN (
                        SELECT rowid FROM "PostText" WHERE "PostText" MATCH {match}))
                """);
        }

        if (db.Database.IsNpgsql())
        {
            // The same expression as the GIN index (to_tsvector('english', "Text")), or PostgreSQL would not use it.
            var query = string.Join(' ', words);
            return db.Posts.FromSql($"""
                SELECT * FROM "Posts" WHERE to_tsvector('english', "Text") @@ plainto_tsquery('english', {query})
                """);
        }

        IQueryable<Post> posts = db.Posts;
        foreach (var word in words)
        {
            var pattern = "%" + word + "%";
            posts = posts.Where(p => EF.Functions.Like(p.Text, pattern));
        }

        return posts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();
}
