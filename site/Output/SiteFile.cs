namespace Publisher.Site.Output;

/// <summary>One file of the site: its path relative to the site root ('/' separated) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    public static SiteFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
