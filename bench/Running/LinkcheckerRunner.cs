using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Publisher.Bench.Running;

/// <summary>
/// linkchecker over a built site, served locally (Publisher's links are root-relative, which file:// URLs cannot
/// follow): every page crawled, every internal link and <c>#fragment</c> checked (its AnchorCheck plugin), nothing
/// external. The server is Python's standard one, on a free loopback port, stopped afterwards. linkchecker spends
/// about a quarter of a second per link here, so it checks a sample of document pages spread evenly over the site
/// (each page and every link on it, <c>-r 1</c>); the comparison is per page.
/// </summary>
internal static partial class LinkcheckerRunner
{
    public const string Linkchecker = "/usr/bin/linkchecker";

    public static LinkcheckerResult Check(string site, string work, int sample)
    {
        var documents = Directory.GetDirectories(Path.Combine(site, "documents")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var step = Math.Max(1.0, documents.Count / (double)Math.Max(1, sample));
        var pages = Enumerable.Range(0, Math.Min(sample, documents.Count)).Select(i => documents[(int)(i * step)]).ToList();
        var port = FreePort();
        var server = Process.Start(new ProcessStartInfo("python3", ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", site])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new BenchException("could not start python3 -m http.server");
        try
        {
            server.ErrorDataReceived += (_, _) => { };
            server.OutputDataReceived += (_, _) => { };
            server.BeginErrorReadLine();
            server.BeginOutputReadLine();
            WaitForPort(port);
            Directory.CreateDirectory(work);
            var config = Path.Combine(work, "linkcheckerrc");
            File.WriteAllText(config, "[checking]\nthreads=10\n[filtering]\ncheckextern=0\n[AnchorCheck]\n");
            var run = ChildProcess.Run(Linkchecker, ["--config", config, "--no-status", "--no-warnings", "-r", "1", .. pages.Select(p => $"http://127.0.0.1:{port}/documents/{p}/")], work);
            if (run.ExitCode is not (0 or 1))
            {
                run.EnsureSuccess();
            }

            var summary = Summary().Match(run.Output);
            var links = summary.Success ? int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var errors = Errors().Match(run.Output) is { Success: true } e ? int.Parse(e.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return new LinkcheckerResult(pages.Count, links, errors, run.Seconds, run.PeakMegabytes);
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new BenchException($"the local web server did not start on port {port}");
    }

    [GeneratedRegex(@"(\d+) links? in \d+ URLs? checked", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    [GeneratedRegex(@"(\d+) errors? found", RegexOptions.IgnoreCase)]
    private static partial Regex Errors();
}
