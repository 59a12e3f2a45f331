using CpdTwitter.Infrastructure;

namespace CpdTwitter.Web.Startup;

/// <summary>Where the app keeps its files: <c>Storage:DataPath</c> (relative to the content root) holds the SQLite file and the key ring.</summary>
public sealed record DataPaths(string Root, string KeyRing)
{
    public static DataPaths From(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = Resolve(environment.ContentRootPath, configuration["Storage:DataPath"] ?? "App_Data");
        var keys = Resolve(root, configuration["DataProtection:KeyPath"] ?? "keys");
        try
        {
            Directory.CreateDirectory(root);
            Directory.CreateDirectory(keys);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Cannot create the data folder '{root}': {ex.Message}", ex);
        }

        return new DataPaths(root, keys);
    }

    public string DefaultSqliteConnectionString => $"Data Source={Path.Combine(Root, "cpdtwitter.db")}";

    private static string Resolve(string baseDirectory, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));
}
