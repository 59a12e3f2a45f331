namespace CpdTwitter.Infrastructure.Media;

/// <summary>Where images are kept: a content-addressed folder under the data path (ARCHITECTURE.md, Store).</summary>
public sealed class MediaStoreOptions
{
    /// <summary>The folder; the composition root sets it to <c>media</c> in the data folder.</summary>
    public string Root { get; set; } = string.Empty;
}
