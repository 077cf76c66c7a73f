namespace Publisher.Site.Serving;

/// <summary>What the live preview watches, builds and serves.</summary>
/// <param name="Project">The site project the preview recompiles when a seed changes (the seeds are compiled in).</param>
/// <param name="Configuration">
/// The configuration of the preview's own compiles, never the one the server runs from, so a rebuild cannot
/// overwrite the running server's assemblies.
/// </param>
/// <param name="Seeds">The seeds folder (documents, registry, introduction).</param>
/// <param name="Templates">The templates folder (with <c>assets/</c>), read by every render.</param>
/// <param name="Output">The folder the preview publishes into and serves.</param>
/// <param name="BaseUrl">The base URL the site is built for; it is served under its path.</param>
/// <param name="Port">The loopback port.</param>
public sealed record PreviewOptions(string Project, string Configuration, string Seeds, string Templates, string Output, string BaseUrl, int Port)
{
    /// <summary>The Pagefind binary, when <c>npm ci</c> installed it; without it the preview has no search index.</summary>
    public string? Pagefind { get; init; }
}
