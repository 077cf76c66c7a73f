using System.Text;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Turns a seed's file name into its document id: lower-case ASCII letters, digits, '-' and '_' only,
/// so an id can never name another folder or escape the output.
/// </summary>
internal static class DocumentIds
{
    public static string FromFileName(string fileName)
    {
        var stem = fileName;
        var dot = stem.LastIndexOf('.');
        if (dot > 0)
        {
            stem = stem.Substring(0, dot);
        }

        var builder = new StringBuilder();
        foreach (var c in stem)
        {
            var ascii = c == '_' ? "_" : LatinLetters.Ascii(c);
            if (ascii is not null)
            {
                builder.Append(ascii);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var id = builder.ToString().Trim('-');
        return id.Length == 0 ? "document-" + Hashes.Short(fileName) : id;
    }
}
