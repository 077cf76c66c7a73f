using System.Xml.Linq;
using Publisher.Site.Linking;

namespace Publisher.Site.Export;

/// <summary>
/// Links an exported TEI document to the registry, after the fact, so the TEI writer stays unaware of it: the
/// header's persons and every <c>sp/@who</c> take registry ids, persons the text names but the header does not
/// list join a <c>listPerson type="mentioned"</c>, the terms used form a glossary (<c>list type="gloss"</c>) in
/// <c>standOff</c>, and mentions in the text become <c>persName</c>/<c>term</c> with <c>@ref</c> — by the same
/// density rule as the HTML page (first mention of each person or term per paragraph or note).
/// </summary>
public static class TeiLinker
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XName XmlId = XNamespace.Xml + "id";
    private static readonly HashSet<string> Paragraphs = ["p", "note", "head", "item", "ab"];
    private static readonly HashSet<string> Skipped = ["persName", "term", "speaker", "name", "orgName", "idno", "date", "label"];

    public static string Link(string tei, string document, LinkIndex index)
    {
        var xml = XDocument.Parse(tei, LoadOptions.PreserveWhitespace);
        if (xml.Root is not { } root || root.Element(Tei + "teiHeader") is not { } header)
        {
            return tei;
        }

        var resolutions = index.ResolutionsOf(document).ToList();
        var renames = MapHeaderPersons(header, resolutions, index);
        foreach (var sp in root.Descendants(Tei + "sp"))
        {
            var label = sp.Element(Tei + "speaker")?.Value.Trim().TrimEnd('.');
            if (label is not null && index.Resolve(document, label) is { } resolution)
            {
                sp.SetAttributeValue("who", "#" + Id(resolution.Person));
            }
        }

        foreach (var attribute in root.Descendants().Attributes().Where(a => a.Name.LocalName is "who" or "ref" or "corresp" && a.Value.StartsWith('#')).ToList())
        {
            if (renames.TryGetValue(attribute.Value[1..], out var renamed))
            {
                attribute.Value = "#" + renamed;
            }
        }

        var terms = new SortedSet<string>(StringComparer.Ordinal);
        if (root.Element(Tei + "text") is { } text)
        {
            LinkMentions(text, index, terms);
        }

        AddStandOff(header, root, document, index, terms);
        var declaration = xml.Declaration is null ? string.Empty : xml.Declaration + "\n";
        return declaration + xml.Root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    /// <summary>An NCName made of a registry id (ids may start with a digit).</summary>
    public static string Id(string registryId) => char.IsLetter(registryId[0]) ? registryId : "r" + registryId;

    public static string TermId(string registryId) => "term-" + registryId;

    /// <summary>The registry person whose TEI id (<see cref="Id"/>) this is, if any.</summary>
    private static PersonRecord? PersonOf(string xmlId, LinkIndex index) =>
        index.Persons.TryGetValue(xmlId, out var person) && Id(person.Id) == xmlId ? person
        : xmlId.StartsWith('r') && index.Persons.TryGetValue(xmlId[1..], out person) && Id(person.Id) == xmlId ? person
        : null;

    private static Dictionary<string, string> MapHeaderPersons(XElement header, List<ResolutionRecord> resolutions, LinkIndex index)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(header.Document!.Descendants().Select(e => (string?)e.Attribute(XmlId)).OfType<string>(), StringComparer.Ordinal);
        foreach (var person in header.Descendants().Where(e => e.Name == Tei + "person" || e.Name == Tei + "personGrp").ToList())
        {
            var oldId = (string?)person.Attribute(XmlId);
            var name = (person.Element(Tei + "persName")?.Value ?? person.Value).Trim();
            var match = resolutions
                .Where(r => name == r.Source || name.TrimEnd('.') == r.Source.TrimEnd('.') || name.EndsWith(" " + r.Source, StringComparison.Ordinal))
                .OrderByDescending(r => r.Source.Length)
                .FirstOrDefault();
            if (oldId is null || match is null || !index.Persons.TryGetValue(match.Person, out var record))
            {
                continue;
            }

            if (person.Name == Tei + "personGrp" && person.Nodes().OfType<XText>().Any(t => t.Value.Trim().Length > 0))
            {
                // TEI allows no bare text in personGrp: its name goes into a persName.
                var label = person.Nodes().OfType<XText>().ToList();
                label.ForEach(t => t.Remove());
                person.AddFirst(new XElement(Tei + "persName", string.Concat(label.Select(t => t.Value)).Trim()));
            }

            var newId = Id(record.Id);
            if (renames.ContainsValue(newId) || (taken.Contains(newId) && newId != oldId))
            {
                // The registry says two lines of the header are one person (GORBACHEV and the chair): keep the first.
                renames[oldId] = newId;
                person.Remove();
                continue;
            }

            renames[oldId] = newId;
            taken.Add(newId);
            person.SetAttributeValue(XmlId, newId);
            if (person.Name == Tei + "person" && record.FullName is { } full)
            {
                person.Add(new XElement(Tei + "persName", new XAttribute("type", "standard"), full));
            }
        }

        return renames;
    }

    private static void LinkMentions(XElement text, LinkIndex index, SortedSet<string> terms)
    {
        var linked = new Dictionary<XElement, HashSet<string>>();
        foreach (var node in text.DescendantNodes().OfType<XText>().ToList())
        {
            if (node.Ancestors().Any(a => Skipped.Contains(a.Name.LocalName)) || node.Ancestors().FirstOrDefault(a => Paragraphs.Contains(a.Name.LocalName)) is not { } paragraph)
            {
                continue;
            }

            var matches = index.Mentions.Scan(node.Value);
            if (matches.Count == 0)
            {
                continue;
            }

            if (!linked.TryGetValue(paragraph, out var seen))
            {
                linked[paragraph] = seen = [];
            }

            var parts = new List<object>();
            var at = 0;
            foreach (var match in matches)
            {
                var form = node.Value.Substring(match.Start, match.Length);
                XElement? element = null;
                if (match.Target.Kind == MentionKind.Person && seen.Add("p:" + match.Target.Person!.Id))
                {
                    element = new XElement(Tei + "persName", new XAttribute("ref", "#" + Id(match.Target.Person.Id)), form);
                }
                else if (match.Target.Kind == MentionKind.Term && TermSenses.Choose(match.Target.Senses, paragraph.Value) is { } sense && seen.Add("t:" + sense.Id))
                {
                    terms.Add(sense.Id);
                    element = new XElement(Tei + "term", new XAttribute("ref", "#" + TermId(sense.Id)), form);
                }

                if (element is not null)
                {
                    parts.Add(new XText(node.Value[at..match.Start]));
                    parts.Add(element);
                    at = match.Start + match.Length;
                }
            }

            if (parts.Count > 0)
            {
                parts.Add(new XText(node.Value[at..]));
                node.ReplaceWith(parts.ToArray());
            }
        }
    }

    private static void AddStandOff(XElement header, XElement root, string document, LinkIndex index, SortedSet<string> terms)
    {
        var declared = new HashSet<string>(root.Descendants().Select(e => (string?)e.Attribute(XmlId)).OfType<string>(), StringComparer.Ordinal);
        var referenced = root.Descendants().Attributes().Where(a => a.Name.LocalName is "who" or "ref" && a.Value.StartsWith('#')).Select(a => a.Value[1..]);
        var persons = index.PersonsOf(document).Select(Id).Concat(referenced).Where(id => !declared.Contains(id) && !id.StartsWith("term-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var standOff = new XElement(Tei + "standOff");
        if (persons.Count > 0)
        {
            var list = new XElement(Tei + "listPerson", new XAttribute("type", "mentioned"));
            foreach (var id in persons)
            {
                var record = PersonOf(id, index);
                list.Add(record is null
                    ? new XElement(Tei + "person", new XAttribute(XmlId, id), new XElement(Tei + "persName", id))
                    : Person(record, id));
            }

            standOff.Add(list);
        }

        if (terms.Count > 0)
        {
            var gloss = new XElement(Tei + "list", new XAttribute("type", "gloss"));
            foreach (var id in terms)
            {
                var term = index.Terms[id];
                gloss.Add(new XElement(Tei + "label", new XAttribute(XmlId, TermId(id)), term.Term), new XElement(Tei + "item", term.Expansion));
            }

            standOff.Add(gloss);
        }

        if (standOff.HasElements)
        {
            header.AddAfterSelf(standOff);
        }
    }

    private static XElement Person(PersonRecord record, string id)
    {
        var element = new XElement(record.IsGroup ? Tei + "personGrp" : Tei + "person", new XAttribute(XmlId, id));
        if (record.IsGroup)
        {
            element.Add(new XAttribute("role", "speakers"), new XElement(Tei + "persName", record.Name));
            return element;
        }

        element.Add(new XElement(Tei + "persName", record.FullName ?? record.Name));
        if (record.Wikidata is { } wikidata)
        {
            element.Add(new XElement(Tei + "idno", new XAttribute("type", "wikidata"), wikidata));
        }

        foreach (var note in record.Notes)
        {
            element.Add(new XElement(Tei + "note", note));
        }

        return element;
    }
}
