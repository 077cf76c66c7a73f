using System.Text.RegularExpressions;

namespace Publisher.Site.Building;

/// <summary>The edition's title and introduction, read from the editors' <c>introduction.md</c>.</summary>
public sealed partial record EditionInfo(string Title, string IntroductionMarkdown)
{
    public const string DefaultTitle = "Documentary Edition";

    /// <summary>The first <c># heading</c> is the title; the rest is the introduction.</summary>
    public static EditionInfo From(string markdown)
    {
        var match = TitleLine().Match(markdown);
        return match.Success
            ? new EditionInfo(match.Groups[1].Value.Trim(), markdown.Remove(match.Index, match.Length).Trim())
            : new EditionInfo(DefaultTitle, markdown.Trim());
    }

    [GeneratedRegex(@"^#[ \t]+(.+?)[ \t]*#*[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
