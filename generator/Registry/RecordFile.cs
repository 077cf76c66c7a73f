using System.Collections.Generic;
using System.Linq;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Parsing;

namespace Publisher.Generator.Registry;

/// <summary>
/// Reads the registry's plain record format (a subset of GNU recutils): records are separated by blank lines,
/// each line is <c>Field: value</c>, a line starting with <c>+</c> continues the previous value on a new line,
/// and lines starting with <c>#</c> are comments. A field may repeat (<c>Alias:</c>, <c>Role:</c>).
/// </summary>
internal static class RecordFile
{
    public static IReadOnlyList<RegistryRecord> Parse(IReadOnlyList<SeedLine> lines, DiagnosticSink sink)
    {
        var records = new List<RegistryRecord>();
        var fields = new List<RegistryField>();
        var start = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (line.IsBlank)
            {
                Flush();
                continue;
            }

            if (text.StartsWith("#", System.StringComparison.Ordinal))
            {
                continue;
            }

            if (text.StartsWith("+", System.StringComparison.Ordinal))
            {
                if (fields.Count == 0)
                {
                    sink.Report(DiagnosticDescriptors.RegistrySyntax, line.Number, 0, text.Length, "a '+' continuation line has no field to continue");
                    continue;
                }

                var last = fields[fields.Count - 1];
                var more = text.Substring(1);
                more = more.StartsWith(" ", System.StringComparison.Ordinal) ? more.Substring(1) : more;
                fields[fields.Count - 1] = last with { Value = last.Value + "\n" + more };
                continue;
            }

            var colon = text.IndexOf(':');
            var name = colon > 0 ? text.Substring(0, colon) : string.Empty;
            if (colon <= 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_'))
            {
                sink.Report(DiagnosticDescriptors.RegistrySyntax, line.Number, 0, text.Length, "expected 'Field: value', a '+' continuation, a '#' comment or a blank line");
                continue;
            }

            if (fields.Count == 0)
            {
                start = line.Number;
            }

            fields.Add(new RegistryField(name, text.Substring(colon + 1).Trim(), line.Number));
        }

        Flush();
        return records;

        void Flush()
        {
            if (fields.Count > 0)
            {
                records.Add(new RegistryRecord(fields.ToEquatableArray(), start));
                fields.Clear();
            }
        }
    }
}
