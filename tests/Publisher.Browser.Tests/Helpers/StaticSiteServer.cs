using System.Net;
using System.Net.Sockets;

namespace Publisher.Browser.Tests.Helpers;

/// <summary>
/// Serves a built site on the loopback interface under its base path, as GitHub Pages would: a folder's
/// <c>index.html</c> for its URL, <c>404.html</c> for anything missing. Nothing listens beyond 127.0.0.1.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".wasm"] = "application/wasm",
        [".zip"] = "application/zip",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public StaticSiteServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The site's address: <c>http://127.0.0.1:port/base/</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}{_basePath}";

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var file = Resolve(context.Request.Url!.AbsolutePath);
            response.StatusCode = file is null ? 404 : 200;
            file ??= Path.Combine(_root, "404.html");
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException)
        {
            // The browser went away mid-response (a page closed): nothing to answer.
        }
    }

    /// <summary>The file a URL path names, or null; paths outside the base path or the root are not served.</summary>
    private string? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(urlPath[_basePath.Length..]);
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            if (!urlPath.EndsWith('/'))
            {
                return null;
            }

            path = Path.Combine(path, "index.html");
        }

        return File.Exists(path) ? path : null;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
