using Publisher.Site.Model;

namespace Publisher.Site.Linking;

/// <summary>The words of a paragraph (text, supplied words, notes) as one string, for context and excerpts.</summary>
public static class ParagraphText
{
    public static string Of(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Where(Scanned).Select(i => i.Text));

    public static bool Scanned(Inline inline) =>
        inline.Kind is InlineKind.Text or InlineKind.Supplied or InlineKind.EditorialNote;

    public static string Excerpt(string text, int words = 14)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + " …";
    }
}
