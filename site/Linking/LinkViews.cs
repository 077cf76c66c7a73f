using System.Globalization;
using Publisher.Site.Linking.Views;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Linking;

/// <summary>Builds the views of the linking pages (persons, glossary, chronology, a document's links) from the index.</summary>
public sealed class LinkViews
{
    private static readonly string[] Sides = ["Soviet", "U.S.", "other"];
    private readonly LinkIndex _index;
    private readonly SiteUrls _urls;

    public LinkViews(LinkIndex index, SiteUrls urls)
    {
        _index = index;
        _urls = urls;
    }

    public static string SideLabel(string side) => side switch
    {
        "Soviet" => "Soviet",
        "U.S." => "United States",
        _ => "Other",
    };

    /// <summary>The name a list is sorted by: the surname (last word, without Jr. and brackets).</summary>
    public static string SortKey(PersonRecord person)
    {
        var words = person.Name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not "Jr." and not "Sr.").ToList();
        return (words.Count > 0 ? words[^1] : person.Name) + " " + person.Name;
    }

    public PersonView Person(PersonRecord person)
    {
        var all = _index.OfPerson(person.Id);
        var appearances = all.Where(o => o.Kind is not "speech" and not "mention").Select(View).ToList();
        var speeches = all.Where(o => o.Kind == "speech").Select(View).ToList();
        var mentions = all.Where(o => o.Kind == "mention").Select(View).ToList();
        return new PersonView(
            person,
            SideLabel(person.Side),
            new TrustedHtml(person.Description is null ? string.Empty : MarkdownText.ToHtml(person.Description)),
            person.Wikidata is null ? null : "https://www.wikidata.org/wiki/" + person.Wikidata,
            appearances,
            speeches,
            mentions,
            all.Select(o => o.Document).Distinct(StringComparer.Ordinal).Count(),
            all.Where(o => o.Kind == "mention").Sum(o => o.Count));
    }

    public IReadOnlyList<PersonGroupView> PersonGroups()
    {
        var persons = _index.Registry.Persons;
        var groups = new List<PersonGroupView>();
        foreach (var side in Sides)
        {
            groups.Add(Group(NameKey(side), SideLabel(side), persons.Where(p => !p.IsGroup && p.Status != "derived" && p.Side == side)));
        }

        groups.Add(Group("groups", "Groups", persons.Where(p => p.IsGroup)));
        groups.Add(Group("derived", "Derived from the documents (not in the registry)", persons.Where(p => p.Status == "derived")));
        return groups.Where(g => g.Persons.Count > 0).ToList();
    }

    public IReadOnlyList<GlossaryEntryView> Glossary() =>
        _index.Registry.Terms
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var anchor = TermAnchor(g.Key);
                var senses = g.Select(t => new GlossarySenseView(
                    g.Count() == 1 && t.Id == anchor ? null : t.Id,
                    t.Expansion,
                    new TrustedHtml(t.Description is null ? string.Empty : MarkdownText.ToHtml(t.Description)),
                    _index.OfTerm(t.Id).Select(View).ToList())).ToList();
                return new GlossaryEntryView(anchor, g.Key, senses);
            })
            .ToList();

    public IReadOnlyList<ChronologyItemView> Chronology()
    {
        var items = new List<(string Date, int Order, ChronologyItemView View)>();
        foreach (var document in _index.Documents.Where(d => d.Date is not null))
        {
            var iso = EditionDates.Iso(document.Date!.Value);
            items.Add((iso, 1, new ChronologyItemView("document-" + document.Id, iso, EditionDates.Display(document.Date.Value), "Document", document.Title, _urls.Href(SiteUrls.Document(document.Id)), [], [])));
        }

        foreach (var item in _index.Registry.Events)
        {
            var start = DateOnly.ParseExact(item.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var display = EditionDates.Display(start);
            if (item.End is { } end)
            {
                display += " – " + EditionDates.Display(DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            items.Add((item.Date, 0, new ChronologyItemView("event-" + item.Id, item.Date, display, "Event", item.Title, null, item.Notes, _index.OfEvent(item.Id).Select(View).ToList())));
        }

        return items.OrderBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.Order).ThenBy(i => i.View.Title, StringComparer.Ordinal).Select(i => i.View).ToList();
    }

    public DocumentLinksView Document(DocumentEntry document)
    {
        var persons = _index.PersonsOf(document.Id)
            .Select(id => _index.Persons[id])
            .OrderBy(SortKey, StringComparer.Ordinal)
            .Select(p => new NamedLink(p.Name, _urls.Href(LinkUrls.Person(p.Id)), Parts(document.Id, p.Id)))
            .ToList();
        var terms = _index.TermsOf(document.Id)
            .Select(id => _index.Terms[id])
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Select(t => new NamedLink(t.Term, _urls.Href(LinkUrls.Term(t.Id)), t.Expansion))
            .ToList();
        var related = _index.Related(document.Id, 5)
            .Select(r => new NamedLink(
                r.Document.Title + (r.Document.Date is { } d ? $" ({EditionDates.Display(d)})" : string.Empty),
                _urls.Href(SiteUrls.Document(r.Document.Id)),
                "Shares " + string.Join(", ", r.Persons.Select(p => _index.Persons[p].Name).Concat(r.Terms.Select(t => _index.Terms[t].Term)))))
            .ToList();
        return new DocumentLinksView(persons, terms, related);
    }

    public static string TermAnchor(string term) => Slugs.Slug(term);

    private static string NameKey(string side) => side == "U.S." ? "us" : side.ToLowerInvariant();

    private PersonGroupView Group(string id, string label, IEnumerable<PersonRecord> persons) =>
        new(id, label, persons.OrderBy(SortKey, StringComparer.Ordinal).Select(p =>
        {
            var all = _index.OfPerson(p.Id);
            return new PersonListItem(
                p.Name,
                _urls.Href(LinkUrls.Person(p.Id)),
                p.Roles.Count > 0 ? string.Join("; ", p.Roles) : null,
                all.Select(o => o.Document).Distinct(StringComparer.Ordinal).Count(),
                all.Count(o => o.Kind == "speech"),
                all.Where(o => o.Kind == "mention").Sum(o => o.Count),
                p.Status);
        }).ToList());

    private string Parts(string document, string person)
    {
        var kinds = _index.OfPerson(person, document).GroupBy(o => o.Kind).Select(g => g.Key switch
        {
            "speech" => g.Count() == 1 ? "1 speech" : $"{g.Count()} speeches",
            "mention" => $"mentioned {g.Sum(o => o.Count)}×",
            _ => g.Key,
        });
        return string.Join(", ", kinds);
    }

    private OccurrenceView View(Occurrence occurrence)
    {
        var document = _index.Document(occurrence.Document);
        var href = _urls.Href(SiteUrls.Document(document.Id)) + (occurrence.Anchor is null ? string.Empty : "#" + occurrence.Anchor);
        var kind = occurrence.Kind switch
        {
            "chair" => "Chaired the session",
            "attendee" => "In attendance",
            "participant" => "Participant",
            "signatory" => "Signed",
            "translator" => "Translated",
            "drafter" => "Drafted",
            "speech" => "Speech",
            _ => occurrence.Anchor is { } a && a.StartsWith("fn-", StringComparison.Ordinal) ? "Mentioned in note " + a[3..] : "Mentioned",
        };
        return new OccurrenceView(document.Title, document.Date is { } d ? EditionDates.Display(d) : null, href, kind, occurrence.Form, occurrence.Count, occurrence.Excerpt, occurrence.Doubt);
    }
}
