namespace Publisher.Bench.Running;

/// <summary>Hugo's full build of the same documents (fresh destination, no cache from an earlier run).</summary>
internal static class HugoRunner
{
    public const string Hugo = "/usr/bin/hugo";

    public static ChildRun Build(string project, string destination, string cache)
    {
        foreach (var folder in new[] { destination, cache })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return ChildProcess.Run(Hugo, ["--source", project, "--destination", destination, "--cacheDir", cache, "--quiet"]).EnsureSuccess();
    }
}
