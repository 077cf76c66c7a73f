using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>A copy of the repository's seeds in a temporary folder, for tests that add or edit documents.</summary>
public static class SeedsCopy
{
    public static string Into(TempFolder folder)
    {
        var seeds = Path.Combine(folder.Path, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Combine("seeds")))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        return seeds;
    }

    /// <summary>
    /// Adds a paragraph to a seed's body: before the footnotes of a seed that has them (where an editor would type it),
    /// else at its end. Returns the seed's document id.
    /// </summary>
    public static string AddParagraph(string seeds, string paragraph)
    {
        var files = Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        var file = files.FirstOrDefault(f => File.ReadAllText(f).Contains("\n  1. ", StringComparison.Ordinal)) ?? files[0];
        var text = File.ReadAllText(file);
        var notes = text.IndexOf("\n\n  1. ", StringComparison.Ordinal);
        File.WriteAllText(file, notes < 0 ? text.TrimEnd() + "\n\n" + paragraph + "\n" : text.Insert(notes, "\n\n" + paragraph));
        return Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
    }
}
