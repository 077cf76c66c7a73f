namespace Publisher.Site.Serving;

/// <summary>The media types of the files a built edition holds.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".woff2"] = "font/woff2",
        [".wasm"] = "application/wasm",
    };

    public static string Of(string path) => ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
}
