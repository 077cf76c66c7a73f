namespace Publisher.Site.Building;

/// <summary>What a build is asked for: where to write, where it will be served, where the templates are.</summary>
public sealed record SiteOptions(string Output, string BaseUrl, string Templates)
{
    /// <summary>The path part of the base URL, always starting and ending with '/': <c>/</c>, <c>/my-edition/</c>.</summary>
    public string BasePath
    {
        get
        {
            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
                ? absolute.AbsolutePath
                : BaseUrl;
            path = "/" + path.Trim('/');
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>The absolute base URL (ending in '/') when one was given; sitemap and feed need it.</summary>
    public string? AbsoluteBaseUrl =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.GetLeftPart(UriPartial.Authority) + BasePath
            : null;
}
