using System.Net;
using System.Text;

namespace Publisher.Site.Serving;

/// <summary>
/// Serves the published folder on loopback under the base path, as GitHub Pages would (a folder's index.html,
/// 404.html for what is missing), adding the live-reload script to HTML and answering the script's status polls.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly BuildStatus _status;

    public PreviewServer(string root, string basePath, int port, BuildStatus status)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _status = status;
        Address = $"http://127.0.0.1:{port}{basePath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public string Address { get; }

    public void Start()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public void Dispose() => _listener.Close();

    private async Task AcceptAsync()
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
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path == LiveReload.StatusPath)
            {
                Send(response, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(_status.ToJson()));
            }
            else if (path == LiveReload.ScriptPath)
            {
                Send(response, 200, ContentTypes.Of(".js"), Encoding.UTF8.GetBytes(LiveReload.Script));
            }
            else if (Resolve(path) is { } file)
            {
                SendFile(response, 200, file);
            }
            else if (File.Exists(Path.Combine(_root, "404.html")))
            {
                SendFile(response, 404, Path.Combine(_root, "404.html"));
            }
            else
            {
                var page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Publisher preview</title></head>"
                    + "<body><p>No build has succeeded yet; the diagnostics are in the terminal.</p></body></html>";
                Send(response, 404, ContentTypes.Of(".html"), Encoding.UTF8.GetBytes(LiveReload.Inject(page, _status.Version)));
            }
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The browser went away, or a publish replaced the file mid-read: the next poll or request recovers.
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The file a request path names under the base path (a folder gives its index.html), or null.</summary>
    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            return null;
        }

        var relative = path.Length >= _basePath.Length ? path[_basePath.Length..] : string.Empty;
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private void SendFile(HttpListenerResponse response, int status, string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), _status.Version));
        }

        Send(response, status, ContentTypes.Of(file), bytes);
    }

    private static void Send(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }
}
