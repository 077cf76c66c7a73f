using System.Net;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// A plain static server for a built site under a path prefix, as GitHub Pages serves a project site: a folder gives
/// its index.html, anything missing the site's 404.html with status 404, anything outside the prefix a bare 404.
/// Independent of the preview server on purpose: the test checks the output, not Publisher's own serving.
/// </summary>
public sealed class PrefixServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _prefix;

    public PrefixServer(string root, int port, string prefix)
    {
        _root = System.IO.Path.GetFullPath(root);
        _prefix = prefix;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var response = context.Response;
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Resolve(path);
            var status = 200;
            if (file is null)
            {
                status = 404;
                file = path.StartsWith(_prefix, StringComparison.Ordinal) ? System.IO.Path.Combine(_root, "404.html") : null;
            }

            response.StatusCode = status;
            if (file is not null)
            {
                var bytes = await File.ReadAllBytesAsync(file);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }
        }
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, path[_prefix.Length..]));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = System.IO.Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
