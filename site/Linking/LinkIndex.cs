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
    private readonly Dictionary<string, List<ResolutionRecord>> _documentResolutions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Person, string Document), List<Occurrence>> _personInDocument = new();
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occurrence>> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occurrence>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occurrence>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrdinalSet> _documentPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrdinalSet> _documentTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _personDocuments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _termDocuments = new(StringComparer.Ordinal);

    public LinkIndex(RegistryData registry, IReadOnlyList<DocumentEntry> documents)
    {
        Registry = registry;
        Documents = documents;
        Persons = registry.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Terms = registry.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var resolution in registry.Resolutions)
        {
            _resolutions.TryAdd((resolution.Document, resolution.Source), resolution);
            Slot(_documentResolutions, resolution.Document).Add(resolution);
        }

        Mentions = new MentionScanner(
            registry.Persons.Where(p => !p.IsGroup).SelectMany(p => p.Aliases.Select(a => new MentionTarget(MentionKind.Person, a, p, [], null)))
                .Concat(registry.Terms.GroupBy(t => t.Term, StringComparer.Ordinal).Select(g => new MentionTarget(MentionKind.Term, g.Key, null, g.ToList(), null)))
                .Concat(registry.Terms.SelectMany(t => t.Aliases.Select(a => new MentionTarget(MentionKind.Term, a, null, [t], null)))));
        CrossReferences = new CrossReferences(documents);
        EventMentions = new MentionScanner(registry.Events.SelectMany(e => e.Mentions.Select(m => new MentionTarget(MentionKind.Event, m, null, [], e))));
        for (var i = 0; i < documents.Count; i++)
        {
            _order.TryAdd(documents[i].Id, i);
            Index(documents[i]);
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

    /// <summary>The document of this id.</summary>
    public DocumentEntry Document(string id) => Documents[_order[id]];

    /// <summary>The person a name form of a document's header or speaker labels resolved to.</summary>
    public ResolutionRecord? Resolve(string document, string source) =>
        _resolutions.TryGetValue((document, source), out var resolution) ? resolution : null;

    public IReadOnlyList<Occurrence> OfPerson(string id) => _persons.TryGetValue(id, out var list) ? list : [];

    /// <summary>Where one document names one person.</summary>
    public IReadOnlyList<Occurrence> OfPerson(string id, string document) => _personInDocument.TryGetValue((id, document), out var list) ? list : [];

    /// <summary>The name forms of a document's header and speaker labels, and the persons they resolved to.</summary>
    public IReadOnlyList<ResolutionRecord> ResolutionsOf(string document) => _documentResolutions.TryGetValue(document, out var list) ? list : [];

    public IReadOnlyList<Occurrence> OfTerm(string id) => _terms.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<Occurrence> OfEvent(string id) => _events.TryGetValue(id, out var list) ? list : [];

    /// <summary>The persons a document names anywhere (header, speakers, text), by id.</summary>
    public IReadOnlyCollection<string> PersonsOf(string document) => _documentPersons.TryGetValue(document, out var set) ? set : [];

    public IReadOnlyCollection<string> TermsOf(string document) => _documentTerms.TryGetValue(document, out var set) ? set : [];

    /// <summary>
    /// The <paramref name="count"/> other documents sharing most persons or terms with this one (then in time order).
    /// It walks the documents of each person and term the document names, not every document: an edition of
    /// 10,000 documents must not compare every pair.
    /// </summary>
    public IReadOnlyList<(DocumentEntry Document, IReadOnlyList<string> Persons, IReadOnlyList<string> Terms)> Related(string document, int count)
    {
        if (!_order.TryGetValue(document, out var self))
        {
            return [];
        }

        var shared = new int[Documents.Count];
        foreach (var id in PersonsOf(document))
        {
            Tally(shared, _personDocuments, id);
        }

        foreach (var id in TermsOf(document))
        {
            Tally(shared, _termDocuments, id);
        }

        shared[self] = 0;
        var best = new List<int>(count + 1);
        for (var order = 0; order < shared.Length; order++)
        {
            // Most shared first, then in time order: a later document enters only when it shares more.
            if (shared[order] > 0 && (best.Count < count || shared[order] > shared[best[^1]]))
            {
                var at = best.FindIndex(b => shared[b] < shared[order]);
                best.Insert(at < 0 ? best.Count : at, order);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        var persons = PersonsOf(document);
        var terms = TermsOf(document);
        return best
            .Select(order => Documents[order])
            .Select(d => (d, (IReadOnlyList<string>)PersonsOf(d.Id).Where(persons.Contains).ToList(), (IReadOnlyList<string>)TermsOf(d.Id).Where(terms.Contains).ToList()))
            .ToList();
    }

    private static void Tally(int[] shared, Dictionary<string, List<int>> postings, string key)
    {
        if (postings.TryGetValue(key, out var list))
        {
            foreach (var order in list)
            {
                shared[order]++;
            }
        }
    }

    private void Index(DocumentEntry document)
    {
        var content = document.Content;
        foreach (var resolution in ResolutionsOf(document.Id).Where(r => r.Kind != "speaker"))
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
                Slot(_events, match.Target.Event!.Id).Add(new Occurrence(document, anchor, "mention", match.Target.Form, 1, ParagraphText.Excerpt(text)));
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
                Slot(_terms, key[2..]).Add(occurrence);
                if (Slot(_documentTerms, document).Add(key[2..]))
                {
                    Slot(_termDocuments, key[2..]).Add(_order[document]);
                }
            }
        }
    }

    private void AddPerson(string person, Occurrence occurrence, string document)
    {
        Slot(_persons, person).Add(occurrence);
        Slot(_personInDocument, (person, document)).Add(occurrence);
        if (Slot(_documentPersons, document).Add(person))
        {
            Slot(_personDocuments, person).Add(_order[document]);
        }
    }

    /// <summary>The collection kept under <paramref name="key"/>, made empty the first time.</summary>
    private static TValue Slot<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }

    /// <summary>Ids in ordinal order, so every page lists them alike whatever the culture.</summary>
    private sealed class OrdinalSet() : SortedSet<string>(StringComparer.Ordinal);
}
