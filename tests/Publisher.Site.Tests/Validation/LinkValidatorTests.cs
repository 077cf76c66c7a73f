using Publisher.Site.Tests.Helpers;
using Publisher.Site.Validation;

namespace Publisher.Site.Tests.Validation;

public sealed class LinkValidatorTests
{
    private static IReadOnlyList<LinkProblem> Validate(TempFolder site, string basePath = "/") => new LinkValidator(site.Path, basePath).Validate();

    [Fact]
    public void The_built_edition_has_no_broken_link()
    {
        using var site = new BuiltSite();

        var validator = new LinkValidator(site.Root, "/");

        Assert.Empty(validator.Validate());
        Assert.True(validator.LinksChecked > 100, $"only {validator.LinksChecked} links checked");
    }

    [Fact]
    public void A_link_to_a_missing_page_is_named_with_its_page_and_element()
    {
        using var site = new TempFolder();
        site.Write("index.html", "<a href=\"/documents/nowhere/\">x</a>");

        var problem = Assert.Single(Validate(site));

        Assert.Equal("index.html", problem.Page);
        Assert.Equal("<a href=\"/documents/nowhere/\">", problem.Element);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_must_name_an_id_on_its_target_page()
    {
        using var site = new TempFolder();
        site.Write("index.html", "<a href=\"a/#here\">ok</a><a href=\"a/#gone\">broken</a><a href=\"#top\">self</a><p id=\"top\"></p>");
        site.Write("a/index.html", "<h1 id=\"here\">A</h1>");

        var problem = Assert.Single(Validate(site));

        Assert.Contains("#gone", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_and_javascript_links_are_problems()
    {
        using var site = new TempFolder();
        site.Write("index.html", "<p id=\"x\"></p><p id=\"x\"></p><a href=\"javascript:alert(1)\">x</a>");

        var problems = Validate(site);

        Assert.Contains(problems, p => p.Message == "duplicate id");
        Assert.Contains(problems, p => p.Message.Contains("javascript", StringComparison.Ordinal));
    }

    [Fact]
    public void Assets_in_src_and_srcset_must_exist()
    {
        using var site = new TempFolder();
        site.Write("index.html", "<img src=\"a.png\" alt=\"\"><img srcset=\"b.png 1x, c.png 2x\" alt=\"\"><link rel=\"stylesheet\" href=\"/site.css\">");
        site.Write("a.png", "png");
        site.Write("b.png", "png");

        var problems = Validate(site);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("c.png", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("site.css", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_must_stay_under_the_base_path()
    {
        using var site = new TempFolder();
        site.Write("index.html", "<a href=\"/other/\">x</a><a href=\"/ed/a/\">ok</a><a href=\"https://example.org/\">external</a>");
        site.Write("a/index.html", "A");

        var problem = Assert.Single(Validate(site, "/ed/"));

        Assert.Contains("outside the site's base path", problem.Message, StringComparison.Ordinal);
    }
}
