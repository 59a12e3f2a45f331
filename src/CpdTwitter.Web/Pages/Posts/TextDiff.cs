using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CpdTwitter.Web.Pages.Posts;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>
/// Comparisons of two versions of a text (DiffPlex): word by word for a post, for approvers and records; line by line
/// for guidance, whose versions are kept whole so the difference can always be shown again.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<(string Text, DiffKind Kind)> Words(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before ?? string.Empty, after ?? string.Empty, false, false, WordChunker.Instance);
        var parts = new List<(string, DiffKind)>();
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(parts, result.PiecesOld, oldAt, block.DeleteStartA - oldAt, DiffKind.Same);
            Add(parts, result.PiecesOld, block.DeleteStartA, block.DeleteCountA, DiffKind.Removed);
            Add(parts, result.PiecesNew, block.InsertStartB, block.InsertCountB, DiffKind.Added);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        Add(parts, result.PiecesOld, oldAt, result.PiecesOld.Count - oldAt, DiffKind.Same);
        return parts;
    }

    /// <summary>Every line of both texts in reading order, each marked the same, removed or added.</summary>
    public static IReadOnlyList<(string Text, DiffKind Kind)> Lines(string before, string after) =>
        InlineDiffBuilder.Diff(before ?? string.Empty, after ?? string.Empty, ignoreWhiteSpace: false).Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => (l.Text ?? string.Empty, l.Type switch
            {
                ChangeType.Deleted => DiffKind.Removed,
                ChangeType.Inserted => DiffKind.Added,
                _ => DiffKind.Same,
            }))
            .ToList();

    private static void Add(List<(string, DiffKind)> parts, IReadOnlyList<string> pieces, int start, int count, DiffKind kind)
    {
        if (count > 0)
        {
            parts.Add((string.Concat(pieces.Skip(start).Take(count)), kind));
        }
    }
}
