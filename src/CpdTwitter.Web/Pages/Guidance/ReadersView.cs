using CpdTwitter.Infrastructure.Guidance;

namespace CpdTwitter.Web.Pages.Guidance;

/// <summary>The acknowledgement list of one version; <see cref="Versions"/> are every version number, newest first.</summary>
public sealed record ReadersView(int Version, IReadOnlyList<int> Versions, IReadOnlyList<GuidanceReader> Readers);
