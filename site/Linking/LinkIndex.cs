using System.Text.Json;
using Publisher.Site.Model;

namespace Publisher.Site.Linking;

/// <summary>
/// Everything that links documents to persons, terms and events, computed once before any page is rendered: who
/// attended, spoke in and is mentioned by each document, which terms and events each paragraph names, and which
/// documents are related by what they share. Pages in every direction read from it, so they agree.
/// </summary>
public sealed class LinkIndex
{
    private readonly Dictionary<(string Document, string Source), ResolutionRecord> _resolutions = new();
    private readonly Dictionary<string, List<Occurrence>> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occurrence>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occurrence>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _documentPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _documentTerms = new(StringComparer.Ordinal);

    public LinkIndex(RegistryData registry, IReadOnlyList<DocumentEntry> documents)
    {
        Registry = registry;
        Documents = documents;
        Persons = registry.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Terms = registry.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var resolution in registry.Resolutions)
        {
            _resolutions.TryAdd((resolution.Document, resolution.Source), resolution);
        }

        Mentions = new MentionScanner(
            registry.Persons.Where(p => !p.IsGroup).SelectMany(p => p.Aliases.Select(a => new MentionTarget(MentionKind.Person, a, p, [], null)))
                .Concat(registry.Terms.GroupBy(t => t.Term, StringComparer.Ordinal).Select(g => new MentionTarget(MentionKind.Term, g.Key, null, g.ToList(), null)))
                .Concat(registry.Terms.SelectMany(t => t.Aliases.Select(a => new MentionTarget(MentionKind.Term, a, null, [t], null)))));
        CrossReferences = new CrossReferences(documents);
        EventMentions = new MentionScanner(registry.Events.SelectMany(e => e.Mentions.Select(m => new MentionTarget(MentionKind.Event, m, null, [], e))));
        foreach (var document in documents)
        {
            Index(document);
        }
    }

    public RegistryData Registry { get; }

    public IReadOnlyList<DocumentEntry> Documents { get; }

    public IReadOnlyDictionary<string, PersonRecord> Persons { get; }

    public IReadOnlyDictionary<string, TermRecord> Terms { get; }

    /// <summary>Person and term forms of the running text.</summary>
    public MentionScanner Mentions { get; }

    /// <summary>References to other documents of the edition by number.</summary>
    public CrossReferences CrossReferences { get; }

    /// <summary>Phrases naming events; they feed the chronology and are not linked in the text.</summary>
    public MentionScanner EventMentions { get; }

    /// <summary>The registry read from the generated edition.</summary>
    public static LinkIndex FromEdition(IReadOnlyList<DocumentEntry> documents) =>
        new(JsonSerializer.Deserialize(Edition.RegistryJson(), LinkingJsonContext.Default.RegistryData) ?? new RegistryData(), documents);

    /// <summary>The person a name form of a document's header or speaker labels resolved to.</summary>
    public ResolutionRecord? Resolve(string document, string source) =>
        _resolutions.TryGetValue((document, source), out var resolution) ? resolution : null;

    public IReadOnlyList<Occurrence> OfPerson(string id) => _persons.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<Occurrence> OfTerm(string id) => _terms.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<Occurrence> OfEvent(string id) => _events.TryGetValue(id, out var list) ? list : [];

    /// <summary>The persons a document names anywhere (header, speakers, text), by id.</summary>
    public IReadOnlyCollection<string> PersonsOf(string document) => _documentPersons.TryGetValue(document, out var set) ? set : [];

    public IReadOnlyCollection<string> TermsOf(string document) => _documentTerms.TryGetValue(document, out var set) ? set : [];

    /// <summary>Other documents sharing persons or terms with this one, most shared first (then in time order).</summary>
    public IReadOnlyList<(DocumentEntry Document, IReadOnlyList<string> Persons, IReadOnlyList<string> Terms)> Related(string document)
    {
        var persons = PersonsOf(document);
        var terms = TermsOf(document);
        return Documents
            .Select((d, order) => (Document: d, Order: order))
            .Where(x => x.Document.Id != document)
            .Select(x => (x.Document, x.Order, Persons: PersonsOf(x.Document.Id).Where(persons.Contains).ToList(), Terms: TermsOf(x.Document.Id).Where(terms.Contains).ToList()))
            .Where(x => x.Persons.Count + x.Terms.Count > 0)
            .OrderByDescending(x => x.Persons.Count + x.Terms.Count)
            .ThenBy(x => x.Order)
            .Select(x => (x.Document, (IReadOnlyList<string>)x.Persons, (IReadOnlyList<string>)x.Terms))
            .ToList();
    }

    private void Index(DocumentEntry document)
    {
        var content = document.Content;
        foreach (var resolution in Registry.Resolutions.Where(r => r.Document == document.Id && r.Kind != "speaker"))
        {
            AddPerson(resolution.Person, new Occurrence(document.Id, null, resolution.Kind, resolution.Source, 1, null) { Doubt = resolution.Doubt }, document.Id);
        }

        foreach (var block in content.Blocks.Where(b => b.Kind != BlockKind.PageBreak))
        {
            var text = ParagraphText.Of(block.Inlines);
            if (block.Speaker is { } label && Resolve(document.Id, label) is { } speaker)
            {
                var turnText = string.Concat(content.Blocks.Where(b => b.Turn == block.Turn).Select(b => ParagraphText.Of(b.Inlines) + " "));
                AddPerson(speaker.Person, new Occurrence(document.Id, block.Id, "speech", label, 1, ParagraphText.Excerpt(turnText)) { Doubt = speaker.Doubt }, document.Id);
            }

            IndexParagraph(document.Id, block.Id, block.Inlines, text);
        }

        foreach (var note in content.Footnotes)
        {
            IndexParagraph(document.Id, $"fn-{note.Number}", note.Inlines, ParagraphText.Of(note.Inlines));
        }
    }

    private void IndexParagraph(string document, string anchor, IReadOnlyList<Inline> inlines, string text)
    {
        var found = new Dictionary<string, (MentionTarget Target, string Id, int Count)>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inline in inlines.Where(ParagraphText.Scanned))
        {
            foreach (var match in Mentions.Scan(inline.Text))
            {
                var id = match.Target.Kind == MentionKind.Person ? "p:" + match.Target.Person!.Id : TermSenses.Choose(match.Target.Senses, text) is { } sense ? "t:" + sense.Id : null;
                if (id is not null)
                {
                    found[id] = found.TryGetValue(id, out var seen) ? (seen.Target, id, seen.Count + 1) : (match.Target, id, 1);
                }
            }

            foreach (var match in EventMentions.Scan(inline.Text).Where(m => events.Add(m.Target.Event!.Id)))
            {
                Add(_events, match.Target.Event!.Id, new Occurrence(document, anchor, "mention", match.Target.Form, 1, ParagraphText.Excerpt(text)));
            }
        }

        foreach (var (key, (target, _, count)) in found)
        {
            var occurrence = new Occurrence(document, anchor, "mention", target.Form, count, ParagraphText.Excerpt(text));
            if (key.StartsWith("p:", StringComparison.Ordinal))
            {
                AddPerson(key[2..], occurrence, document);
            }
            else
            {
                Add(_terms, key[2..], occurrence);
                Set(_documentTerms, document).Add(key[2..]);
            }
        }
    }

    private void AddPerson(string person, Occurrence occurrence, string document)
    {
        Add(_persons, person, occurrence);
        Set(_documentPersons, document).Add(person);
    }

    private static void Add(Dictionary<string, List<Occurrence>> map, string key, Occurrence occurrence)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(occurrence);
    }

    private static SortedSet<string> Set(Dictionary<string, SortedSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}
