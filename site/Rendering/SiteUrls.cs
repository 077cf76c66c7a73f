namespace Publisher.Site.Rendering;

/// <summary>
/// Where each page and export lives, relative to the site root (no leading '/'): pages end in '/', exports name
/// the file. <see cref="Href"/> prefixes the base path for links in pages.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string basePath) => BasePath = basePath;

    public string BasePath { get; }

    public static string Document(string id) => $"documents/{id}/";

    public static string Export(string id, string extension) => $"documents/{id}/{id}.{extension}";

    public string Href(string relative) => BasePath + relative;

    /// <summary>The output file of a page URL: <c>documents/x/</c> → <c>documents/x/index.html</c>.</summary>
    public static string FileOf(string relative) => relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
}
