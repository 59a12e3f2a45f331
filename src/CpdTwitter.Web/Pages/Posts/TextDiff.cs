using DiffPlex;
using DiffPlex.Chunkers;

namespace CpdTwitter.Web.Pages.Posts;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A word-level comparison of two versions of a post, for approvers and records (DiffPlex).</summary>
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

    private static void Add(List<(string, DiffKind)> parts, IReadOnlyList<string> pieces, int start, int count, DiffKind kind)
    {
        if (count > 0)
        {
            parts.Add((string.Concat(pieces.Skip(start).Take(count)), kind));
        }
    }
}
