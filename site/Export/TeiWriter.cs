using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>
/// Writes a document's text as TEI: the front matter as the source has it (classification, title, subjects,
/// dateline, chair, attendance, agenda, participants), then <c>head</c>, <c>p</c>, <c>sp</c>, <c>pb</c>, footnotes at
/// their references, supplied words, editorial notes, rejoined paragraphs, and the closing signature and source.
/// </summary>
internal sealed partial class TeiWriter
{
    public const string PersonPrefix = "person-";
    public const string GroupPrefix = "group-";

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "cde", "cdes", "comrade", "comrades", "mr", "mrs", "ms", "dr" };

    // Words that make a speaker label a group of people (MEMBERS OF THE POLITBURO, POLITBURO MEMBERS, VOICES).
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase) { "members", "all", "voices", "comrades", "participants", "everyone", "several" };

    private readonly DocumentEntry _document;
    private readonly DocumentContent _content;
    private readonly Dictionary<int, Footnote> _notes;
    private readonly HashSet<int> _written = [];

    public TeiWriter(XmlWriter xml, DocumentEntry document)
    {
        Xml = xml;
        _document = document;
        _content = document.Content;
        _notes = _content.Footnotes.GroupBy(n => n.Number).ToDictionary(g => g.Key, g => g.First());
        Persons = new TeiPersons(_content);
    }

    public XmlWriter Xml { get; }

    /// <summary>The content read once: the persons' ids are keyed to these very participant records.</summary>
    public DocumentContent Content => _content;

    public TeiPersons Persons { get; }

    /// <summary>
    /// The TEI id of a person or group as a document names them: the surname, without honorifics and initials
    /// (<c>cde. GORBACHEV. M.S.</c>, <c>GORBACHEV</c> → <c>person-gorbachev</c>; <c>Aliev G.A.</c> →
    /// <c>person-aliev</c>; <c>Vitaly Churkin</c> → <c>person-churkin</c>), or every word of a group label
    /// (<c>MEMBERS OF THE POLITBURO</c> → <c>group-members-of-the-politburo</c>). Every id of a person is made here,
    /// so linking to a registry of persons has one place to map them.
    /// </summary>
    public static string PersonId(string name, bool fullName = false)
    {
        var words = name.Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.')).Where(w => w.Length > 0).ToList();
        if (words.Any(GroupWords.Contains))
        {
            return GroupPrefix + Slug(string.Join(" ", words));
        }

        var named = words.Where(w => !Honorifics.Contains(w) && !Initials().IsMatch(w)).ToList();
        if (named.Count == 0)
        {
            named = words;
        }

        return PersonPrefix + Slug(fullName ? string.Join(" ", named) : named.Count > 0 ? named[^1] : string.Empty);
    }

    public void Body()
    {
        FrontMatter();
        var inDiv = false;
        var openTurn = 0;
        foreach (var block in _content.Blocks)
        {
            if (openTurn != 0 && (block.Turn != openTurn || block.Kind == BlockKind.Heading))
            {
                Xml.WriteEndElement();
                openTurn = 0;
            }

            if (block.Kind == BlockKind.Heading)
            {
                if (inDiv)
                {
                    Xml.WriteEndElement();
                }

                Xml.WriteStartElement("div");
                Xml.WriteAttributeString("xml", "id", null, block.Id);
                Xml.WriteStartElement("head");
                Inlines(block.Inlines);
                Xml.WriteEndElement();
                inDiv = true;
                continue;
            }

            if (block.Turn != 0 && openTurn == 0)
            {
                var speaker = block.Speaker ?? string.Empty;
                Xml.WriteStartElement("sp");
                Xml.WriteAttributeString("who", "#" + Persons.OfSpeaker(speaker));
                Xml.WriteElementString("speaker", speaker + ".");
                openTurn = block.Turn;
            }

            if (block.Kind == BlockKind.PageBreak)
            {
                // A marker on a line of its own: a page break between blocks, not inside running text.
                foreach (var marker in block.Inlines.Where(i => i.Kind == InlineKind.PageBreak))
                {
                    Xml.WriteStartElement("pb");
                    Xml.WriteAttributeString("n", marker.Text);
                    Xml.WriteEndElement();
                }

                continue;
            }

            Xml.WriteStartElement("p");
            Xml.WriteAttributeString("xml", "id", null, block.Id);
            Inlines(block.Inlines);
            Xml.WriteEndElement();
        }

        if (openTurn != 0)
        {
            Xml.WriteEndElement();
        }

        if (inDiv)
        {
            Xml.WriteEndElement();
        }

        if (!HasText())
        {
            // TEI wants some text in a body; say there is none rather than leave the document invalid.
            Xml.WriteStartElement("p");
            TeiXml.StartInline(Xml, "gap");
            Xml.WriteAttributeString("reason", "no-text-in-source");
            Xml.WriteEndElement();
            Xml.WriteEndElement();
        }

        Closing();
    }

    /// <summary>Notes the text never refers to (PUB003) go to the back matter rather than being lost.</summary>
    public void Back()
    {
        var unreferenced = _content.Footnotes.Where(n => !_written.Contains(n.Number)).ToList();
        if (unreferenced.Count == 0)
        {
            return;
        }

        Xml.WriteStartElement("back");
        Xml.WriteStartElement("div");
        Xml.WriteAttributeString("type", "notes");
        Xml.WriteElementString("head", "Notes without a reference in the text");
        foreach (var note in unreferenced)
        {
            Note(note);
        }

        Xml.WriteEndElement();
        Xml.WriteEndElement();
    }

    private bool HasText() =>
        _content.Chair is not null || _content.Attendees.Count > 0 || _content.Agenda is not null || _content.Participants.Count > 0
        || _content.Blocks.Any(b => b.Kind != BlockKind.PageBreak);

    private void Closing()
    {
        if (_content.Signature is null && _content.SourceLines.Count == 0)
        {
            return;
        }

        Xml.WriteStartElement("closer");
        if (_content.Signature is { } signature)
        {
            Xml.WriteStartElement("signed");
            TeiXml.Inline(Xml, "supplied", signature.Label);
            Xml.WriteString(" " + signature.Name);
            Xml.WriteEndElement();
        }

        if (_content.SourceLines.Count > 0)
        {
            // The lines are one Markdown span (italics may open on the first and close on the last), broken by hand.
            Xml.WriteStartElement("note");
            Xml.WriteAttributeString("type", "source");
            TeiMarkdown.Write(Xml, string.Join("  \n", _content.SourceLines.Select(l => l.Trim())));
            Xml.WriteEndElement();
        }

        Xml.WriteEndElement();
    }

    /// <summary>Lower case, apostrophes dropped (<c>Mikol’chak</c> → <c>mikolchak</c>), other runs of non-letters a hyphen; letters of any script stay, as xml:id allows.</summary>
    private static string Slug(string text)
    {
        var plain = text.ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var slug = NonWord().Replace(plain, "-").Trim('-');
        return slug.Length == 0 ? "unknown" : slug;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    // Initials as attendance lists write them: "G.A", "M.S", "V" (full stops already trimmed at the ends).
    [GeneratedRegex(@"^\p{Lu}(\.\p{Lu})*$")]
    private static partial Regex Initials();
}
