using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Generator.Registry;

/// <summary>
/// The key a name form is matched by: the form of address (<c>cde.</c>) dropped, then its letters only, in upper
/// case — so <c>cde. GORBACHEV. M.S.</c>, <c>Gorbachev M.S.</c> and <c>GORBACHEV M. S.</c> are one key.
/// </summary>
internal static class NameKey
{
    private static readonly Regex Honorific = new(@"^\s*(cdes?\.|comrades?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string For(string form)
    {
        var text = Honorific.Replace(form, string.Empty);
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Where(char.IsLetter))
        {
            key.Append(char.ToUpperInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>An id made of a form: lower-case letters and digits joined by hyphens (<c>MEMBERS OF X</c> → <c>members-of-x</c>).</summary>
    public static string Slug(string form)
    {
        var slug = new StringBuilder();
        foreach (var c in Honorific.Replace(form, string.Empty).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
