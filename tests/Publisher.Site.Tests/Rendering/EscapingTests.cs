using Publisher.Site.Rendering;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Rendering;

public sealed class EscapingTests
{
    [Fact]
    public void Template_expressions_are_escaped_unless_trusted()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", "<p>{{ Page.Text }}</p>{{ Page.Html }}");
        var templates = TemplateSet.Load(folder.Path);

        var html = templates.Render("page", new { Text = "<script>alert(1)</script> {{ 7 * 191 }}", Html = new TrustedHtml("<b>ok</b>") }, new { });

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7 * 191 }}</p><b>ok</b>", html);
    }

    [Fact]
    public void Seed_markdown_renders_emphasis_but_never_html_or_links()
    {
        Assert.Equal("<strong>Session</strong>", MarkdownText.ToHtml("**Session**"));
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", MarkdownText.ToHtml("<img src=x onerror=alert(1)>"));
        Assert.DoesNotContain("<a", MarkdownText.ToHtml("[x](javascript:alert(1)) <https://example.org> *y*"), StringComparison.Ordinal);
    }
}
