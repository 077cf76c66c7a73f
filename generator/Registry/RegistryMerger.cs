using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>The cross-file checks of the registry: an id names one entry, a name form belongs to one person.</summary>
internal static class RegistryMerger
{
    public static RegistrySpec Merge(IEnumerable<RegistryFileSpec> files)
    {
        var ordered = files.ToList();
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).ToList();
        var persons = Unique(ordered.SelectMany(f => f.Persons), p => p.Id, p => p.Path, p => p.Line, diagnostics);
        var terms = Unique(ordered.SelectMany(f => f.Terms), t => t.Id, t => t.Path, t => t.Line, diagnostics);
        var events = Unique(ordered.SelectMany(f => f.Events), e => e.Id, e => e.Path, e => e.Line, diagnostics);

        var owners = new Dictionary<string, PersonSpec>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            foreach (var form in person.Labels.Concat(person.Aliases).Concat(person.Doubtful.Select(d => d.Label)))
            {
                var key = NameKey.For(form);
                if (key.Length == 0)
                {
                    continue;
                }

                if (owners.TryGetValue(key, out var owner) && owner.Id != person.Id)
                {
                    diagnostics.Add(At(DiagnosticDescriptors.RegistryAmbiguousForm, person.Path, person.Line, form, owner.Id, person.Id));
                }
                else
                {
                    owners[key] = person;
                }
            }
        }

        return new RegistrySpec(persons.ToEquatableArray(), terms.ToEquatableArray(), events.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            HasPersons = ordered.Any(f => f.IsPersonsFile),
        };
    }

    public static DiagnosticInfo At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, int line, params string[] arguments)
    {
        var position = new LinePosition(Math.Max(0, line - 1), 0);
        return new DiagnosticInfo(descriptor, new LocationInfo(path, default, new LinePositionSpan(position, position)), arguments.ToEquatableArray());
    }

    private static List<T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> path, Func<T, int> line, List<DiagnosticInfo> diagnostics)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                diagnostics.Add(At(DiagnosticDescriptors.RegistryDuplicateId, path(item), line(item), id(item), line(first).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            seen[id(item)] = item;
            kept.Add(item);
        }

        return kept;
    }
}
