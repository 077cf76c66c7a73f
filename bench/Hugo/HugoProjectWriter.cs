using System.Globalization;
using System.Text;
using Publisher.Bench.Corpus;

namespace Publisher.Bench.Hugo;

/// <summary>
/// The same documents as a Hugo site with templates equivalent to Publisher's essentials: a layout, one page per
/// document (title, date, previous/next, content) and list pages (home and the documents' section, every document).
/// </summary>
internal static class HugoProjectWriter
{
    public static void Write(string folder, IReadOnlyList<SyntheticDocument> documents)
    {
        Folders.Recreate(folder);
        Put(folder, "hugo.toml", """
            baseURL = "/"
            title = "Benchmark Edition"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
            enableRobotsTXT = false
            [markup.goldmark.renderer]
            unsafe = false
            """);
        Put(folder, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """);
        Put(folder, "layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></p>
            <nav>{{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            {{ .Content }}
            </article>
            {{ end }}
            """);
        Put(folder, "layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            <ol>{{ range .Site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ol>
            {{ end }}
            """);
        Put(folder, "content/_index.md", "---\ntitle: Benchmark Edition\n---\n\nThe documents, oldest first.\n");
        Put(folder, "content/documents/_index.md", "---\ntitle: Documents\n---\n");
        foreach (var document in documents)
        {
            var front = new StringBuilder()
                .Append("---\ntitle: \"").Append(document.Title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n")
                .Append("date: ").Append(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .Append("weight: ").Append(document.Index + 1).Append("\n---\n\n")
                .Append(document.Markdown);
            File.WriteAllText(Path.Combine(folder, "content", "documents", document.Id + ".md"), front.ToString());
        }
    }

    private static void Put(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }
}
