namespace Publisher.Bench.Corpus;

/// <summary>Folder helpers for the benchmark's own working folders (under artifacts/bench only).</summary>
internal static class Folders
{
    public static void Recreate(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }
}
