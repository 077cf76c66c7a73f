using System.Globalization;

namespace Publisher.Generator.Parsing;

/// <summary>Short stable hashes for ids that must survive edits elsewhere in a document.</summary>
internal static class Hashes
{
    /// <summary>FNV-1a over the text, as six hex digits.</summary>
    public static string Short(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (hash & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
        }
    }
}
