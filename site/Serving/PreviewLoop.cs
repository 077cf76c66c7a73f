using Publisher.Site.Building;

namespace Publisher.Site.Serving;

/// <summary>
/// The maintainer's loop: build, serve, and on every change of the seeds or templates (assets included) rebuild and
/// let the open pages reload. A build that fails keeps the last good site served and shows its diagnostics in the
/// terminal and over the page; the server keeps running until Ctrl+C.
/// </summary>
public static class PreviewLoop
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(400);

    public static int Run(PreviewOptions options, CancellationToken cancel)
    {
        var status = new BuildStatus();
        var builder = new PreviewBuilder(options);
        var basePath = new SiteOptions(options.Output, options.BaseUrl, options.Templates).BasePath;
        using var server = new PreviewServer(options.Output, basePath, options.Port, status);
        server.Start();
        Console.WriteLine($"Serving {options.Output} on {server.Address} (Ctrl+C stops); watching {options.Seeds} and {options.Templates}.");

        var watched = new[] { options.Seeds, options.Templates };
        var seen = FolderSnapshot.Take(watched);
        var compile = true;
        while (!cancel.IsCancellationRequested)
        {
            status.Started();
            var errors = builder.Build(compile);
            if (errors.Count == 0)
            {
                status.Succeeded();
                Console.WriteLine($"Build {status.Version} is live on {server.Address}");
            }
            else
            {
                status.Failed(errors);
                Console.WriteLine("The build failed; the last good build is still served. Fix the file and save to retry.");
            }

            IReadOnlyList<string> changed;
            do
            {
                if (cancel.WaitHandle.WaitOne(PollInterval))
                {
                    return ExitCodes.Success;
                }

                var now = FolderSnapshot.Take(watched);
                changed = now.ChangedSince(seen);
                seen = now;
            }
            while (changed.Count == 0);

            // Let an editor finish writing (several files, or a file in chunks) before building.
            cancel.WaitHandle.WaitOne(PollInterval);
            var settled = FolderSnapshot.Take(watched);
            changed = [.. changed, .. settled.ChangedSince(seen)];
            seen = settled;

            // A template change alone re-renders; a seed change, or a compile that failed last time, recompiles.
            compile = (compile && errors.Count > 0) || changed.Any(path => IsUnder(path, options.Seeds));
            Console.WriteLine($"Changed: {string.Join(", ", changed.Select(Path.GetFileName).Take(5))}{(changed.Count > 5 ? " …" : string.Empty)}");
        }

        return ExitCodes.Success;
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
