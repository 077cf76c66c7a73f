using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>Writes a document's participants and body as TEI elements.</summary>
internal sealed partial class TeiWriter
{
    private readonly DocumentContent _content;
    private readonly Dictionary<int, Footnote> _notes;

    public TeiWriter(XmlWriter xml, DocumentContent content)
    {
        Xml = xml;
        _content = content;
        _notes = content.Footnotes.ToDictionary(n => n.Number);
    }

    public XmlWriter Xml { get; }

    /// <summary>A TEI id for a speaker label or participant name: <c>GORBACHEV</c> → <c>gorbachev</c>.</summary>
    public static string PersonId(string name)
    {
        var slug = NonWord().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return "person-" + (slug.Length == 0 ? "unknown" : slug);
    }

    public void Participants()
    {
        var speakers = _content.Blocks.Where(b => b.Speaker is not null).Select(b => b.Speaker!).Distinct(StringComparer.Ordinal).ToList();
        if (_content.Participants.Count == 0 && speakers.Count == 0 && _content.Attendees.Count == 0)
        {
            return;
        }

        Xml.WriteStartElement("particDesc");
        Xml.WriteStartElement("listPerson");
        Xml.WriteAttributeString("type", "participants");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _content.Participants)
        {
            Xml.WriteStartElement("listPerson");
            if (group.Heading is { } heading)
            {
                Xml.WriteElementString("head", heading);
            }

            foreach (var participant in group.Participants)
            {
                Person(PersonId(participant.Name), participant.Source, participant.Title, written);
            }

            Xml.WriteEndElement();
        }

        foreach (var attendee in _content.Attendees)
        {
            Person(PersonId(attendee), attendee, null, written);
        }

        foreach (var speaker in speakers)
        {
            var id = PersonId(speaker);
            if (written.Contains(id))
            {
                continue;
            }

            if (IsGroup(speaker))
            {
                written.Add(id);
                Xml.WriteStartElement("personGrp");
                Xml.WriteAttributeString("xml", "id", null, id);
                Xml.WriteAttributeString("role", "speakers");
                Xml.WriteString(speaker);
                Xml.WriteEndElement();
            }
            else
            {
                Person(id, speaker, null, written);
            }
        }

        Xml.WriteEndElement();
        Xml.WriteEndElement();
    }

    public void Body(DocumentEntry document)
    {
        Xml.WriteStartElement("head");
        Xml.WriteString(document.Title);
        Inlines(_content.TitleNotes);
        Xml.WriteEndElement();

        var inDiv = false;
        var openTurn = 0;
        foreach (var block in _content.Blocks)
        {
            if (openTurn != 0 && block.Turn != openTurn)
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
                Xml.WriteStartElement("sp");
                Xml.WriteAttributeString("who", "#" + PersonId(block.Speaker ?? "unknown"));
                Xml.WriteElementString("speaker", (block.Speaker ?? string.Empty) + ".");
                openTurn = block.Turn;
            }

            switch (block.Kind)
            {
                case BlockKind.PageBreak:
                    Inlines(block.Inlines);
                    break;
                case BlockKind.EditorialNote:
                    Xml.WriteStartElement("p");
                    Xml.WriteAttributeString("xml", "id", null, block.Id);
                    Inlines(block.Inlines);
                    Xml.WriteEndElement();
                    break;
                default:
                    Xml.WriteStartElement("p");
                    Xml.WriteAttributeString("xml", "id", null, block.Id);
                    Inlines(block.Inlines);
                    Xml.WriteEndElement();
                    break;
            }
        }

        if (openTurn != 0)
        {
            Xml.WriteEndElement();
        }

        if (inDiv)
        {
            Xml.WriteEndElement();
        }

        Closing();
    }

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
            Xml.WriteElementString("supplied", signature.Label);
            Xml.WriteString(" " + signature.Name);
            Xml.WriteEndElement();
        }

        foreach (var line in _content.SourceLines)
        {
            Xml.WriteStartElement("note");
            Xml.WriteAttributeString("type", "source");
            Xml.WriteString(line.Trim().Trim('*').Trim());
            Xml.WriteEndElement();
        }

        Xml.WriteEndElement();
    }

    private void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline.Kind)
            {
                case InlineKind.FootnoteRef:
                    var number = int.Parse(inline.Text, CultureInfo.InvariantCulture);
                    Xml.WriteStartElement("note");
                    Xml.WriteAttributeString("place", "foot");
                    Xml.WriteAttributeString("n", inline.Text);
                    if (_notes.TryGetValue(number, out var note))
                    {
                        Inlines(note.Inlines);
                    }

                    Xml.WriteEndElement();
                    break;
                case InlineKind.PageBreak:
                    Xml.WriteStartElement("pb");
                    Xml.WriteAttributeString("n", inline.Text);
                    Xml.WriteEndElement();
                    break;
                case InlineKind.Supplied:
                    Xml.WriteElementString("supplied", inline.Text);
                    break;
                case InlineKind.EditorialNote:
                    Xml.WriteStartElement("note");
                    Xml.WriteAttributeString("type", "editorial");
                    Xml.WriteString(inline.Text);
                    Xml.WriteEndElement();
                    break;
                case InlineKind.Join:
                    Xml.WriteStartElement("milestone");
                    Xml.WriteAttributeString("unit", "paragraph");
                    Xml.WriteAttributeString("type", "rejoined");
                    Xml.WriteEndElement();
                    Xml.WriteString(" ");
                    break;
                default:
                    Xml.WriteString(StripMarkdown(inline.Text));
                    break;
            }
        }
    }

    private void Person(string id, string source, string? role, HashSet<string> written)
    {
        if (!written.Add(id))
        {
            return;
        }

        Xml.WriteStartElement("person");
        Xml.WriteAttributeString("xml", "id", null, id);
        if (role is not null)
        {
            Xml.WriteAttributeString("role", NonWord().Replace(role, "_"));
        }

        Xml.WriteElementString("persName", source);
        Xml.WriteEndElement();
    }

    private static bool IsGroup(string label) => label.Contains("MEMBERS", StringComparison.Ordinal);

    private static string StripMarkdown(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
