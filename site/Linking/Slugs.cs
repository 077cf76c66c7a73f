using System.Text;

namespace Publisher.Site.Linking;

/// <summary>Ids and anchors made from names, the same way the generator makes them.</summary>
public static class Slugs
{
    /// <summary>Lower-case letters and digits joined by hyphens: <c>CC CPSU</c> → <c>cc-cpsu</c>.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
