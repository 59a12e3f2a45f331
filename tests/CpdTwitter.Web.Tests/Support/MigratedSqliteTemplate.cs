using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// One SQLite file migrated once per test run and copied into each new app's data folder: every factory would
/// otherwise replay every migration (several rebuild tables) before its first request. The app still runs its
/// migration check at start-up and finds nothing pending.
/// </summary>
internal static class MigratedSqliteTemplate
{
    private static readonly Lazy<string> File = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string databaseFile) => System.IO.File.Copy(File.Value, databaseFile);

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "cpdtwitter.db");
        var options = new DbContextOptionsBuilder<CpdTwitterDbContext>();
        // No pooling: the connection closes for real, so the file is whole (no WAL left behind) before it is copied.
        DatabaseProvider.Configure(options, DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
        using var db = new CpdTwitterDbContext(options.Options);
        db.Database.Migrate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return path;
    }
}
