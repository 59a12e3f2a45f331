using System.Text;
using CpdTwitter.Domain.Audit;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>
/// The checkpoint log outside the database: one JSON line per checkpoint, only ever appended, flushed to disk before a
/// write counts as done. Writers hold the file exclusively (readers may read meanwhile), so two writers cannot interleave.
/// </summary>
public sealed class CheckpointLog(IOptions<CheckpointOptions> options)
{
    /// <summary>Longer than any line the app writes; a tail read this long always holds the whole last line.</summary>
    private const int TailBytes = 4096;

    public string Path => options.Value.LogPath;

    /// <summary>Every line in order, streamed (the log grows by about 10,000 lines a year).</summary>
    public IEnumerable<CheckpointLogLine> ReadAll()
    {
        if (!File.Exists(Path))
        {
            yield break;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var number = 0L;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return new CheckpointLogLine(number, AuditCheckpoint.Parse(line));
        }
    }

    /// <summary>The newest checkpoint, read from the end of the file; null when there is none.</summary>
    public AuditCheckpoint? ReadLast()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return LastIn(stream);
    }

    /// <summary>Opens the log for appending, exclusively; dispose to release it.</summary>
    public Appender OpenForAppend()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new Appender(new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read));
    }

    private static AuditCheckpoint? LastIn(FileStream stream)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return null;
        }

        var start = Math.Max(0, length - TailBytes);
        var buffer = new byte[length - start];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(buffer);
        var lines = Encoding.UTF8.GetString(buffer).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? null : AuditCheckpoint.Parse(lines[^1]);
    }

    public sealed class Appender(FileStream stream) : IDisposable
    {
        public AuditCheckpoint? Last { get; } = LastIn(stream);

        public void Append(AuditCheckpoint checkpoint)
        {
            ArgumentNullException.ThrowIfNull(checkpoint);
            stream.Seek(0, SeekOrigin.End);
            stream.Write(Encoding.UTF8.GetBytes(checkpoint.ToLogLine() + "\n"));
            stream.Flush(flushToDisk: true);
        }

        public void Dispose() => stream.Dispose();
    }
}
