using System;
using System.Collections.Generic;
using System.Linq;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>
/// Resolves every speaker label, chair, attendee and participant of every document to a registry entry. A form
/// the registry does not know gets a person derived from the document (with a warning), so every name has a page;
/// a form the registry lists as doubtful resolves with the editors' note and an info diagnostic, never silently.
/// </summary>
internal static class PersonResolver
{
    public static LinkedEditionSpec Resolve(RegistrySpec registry, IEnumerable<DocumentSpec> documents)
    {
        var byKey = new Dictionary<string, PersonSpec>(StringComparer.Ordinal);
        var doubtful = new Dictionary<string, (PersonSpec Person, string Note)>(StringComparer.Ordinal);
        foreach (var person in registry.Persons)
        {
            foreach (var form in person.Labels.Concat(person.Aliases))
            {
                var key = NameKey.For(form);
                if (key.Length > 0 && !byKey.ContainsKey(key))
                {
                    byKey[key] = person;
                }
            }

            foreach (var form in person.Doubtful)
            {
                doubtful[NameKey.For(form.Label)] = (person, form.Note);
            }
        }

        var derived = new Dictionary<string, PersonSpec>(StringComparer.Ordinal);
        var resolutions = new List<ResolutionSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var seen = new HashSet<(string, string)>();
            void Add(string kind, string form, int line)
            {
                if (form.Trim().Length == 0 || !seen.Add((kind, form)))
                {
                    return;
                }

                var key = NameKey.For(form);
                if (byKey.TryGetValue(key, out var person))
                {
                    resolutions.Add(new ResolutionSpec(document.Id, kind, form, person.Id, null));
                    return;
                }

                if (doubtful.TryGetValue(key, out var doubt))
                {
                    resolutions.Add(new ResolutionSpec(document.Id, kind, form, doubt.Person.Id, doubt.Note));
                    diagnostics.Add(RegistryMerger.At(DiagnosticDescriptors.DoubtfulLabel, document.Source, line, form, doubt.Person.Id, doubt.Note));
                    return;
                }

                if (!derived.TryGetValue(key, out var made))
                {
                    made = Derive(form, document, kind, line);
                    derived[key] = made;
                }

                resolutions.Add(new ResolutionSpec(document.Id, kind, form, made.Id, null));
                if (!registry.HasPersons)
                {
                    return;
                }

                diagnostics.Add(kind == "speaker"
                    ? RegistryMerger.At(DiagnosticDescriptors.UnresolvedSpeaker, document.Source, line, form, made.Id)
                    : RegistryMerger.At(DiagnosticDescriptors.UnresolvedPerson, document.Source, line, kind, form, made.Id));
            }

            if (document.Chair is { } chair)
            {
                Add("chair", chair, 0);
            }

            foreach (var attendee in document.Attendees)
            {
                Add("attendee", attendee, 0);
            }

            foreach (var participant in document.Participants.SelectMany(g => g.Participants))
            {
                // The bare name first (Ridgway); the whole line when only it is known (Deputy ForMin Bessmertnykh).
                var form = !byKey.ContainsKey(NameKey.For(participant.Name)) && byKey.ContainsKey(NameKey.For(participant.Source))
                    ? participant.Source
                    : participant.Name;
                Add("participant", form, participant.Line);
            }

            if (document.Signature is { } signature)
            {
                Add("signatory", signature.Name, signature.Line);
            }

            if (document.Provenance.Translator is { } translator)
            {
                Add("translator", translator, 0);
            }

            if (document.Provenance.Drafter is { } drafter)
            {
                Add("drafter", drafter, 0);
            }

            foreach (var block in document.Blocks.Where(b => b.Speaker is not null))
            {
                Add("speaker", block.Speaker!, block.Line);
            }
        }

        var persons = registry.Persons.Concat(derived.Values.OrderBy(p => p.Id, StringComparer.Ordinal)).ToEquatableArray();
        return new LinkedEditionSpec(registry, persons, resolutions.ToEquatableArray(), registry.Diagnostics.Concat(diagnostics).ToEquatableArray());
    }

    private static PersonSpec Derive(string form, DocumentSpec document, string kind, int line)
    {
        var slug = NameKey.Slug(form);
        return new PersonSpec
        {
            Id = "derived-" + (slug.Length > 0 ? slug : "unnamed"),
            Name = form.Trim().TrimEnd('.'),
            IsGroup = false,
            Side = "other",
            Labels = new[] { form }.ToEquatableArray(),
            Identified = false,
            Derived = true,
            Notes = new[] { $"Not in the registry: derived from the {kind} '{form.Trim()}' of {document.Source}." }.ToEquatableArray(),
            Path = document.Source,
            Line = line,
        };
    }
}
