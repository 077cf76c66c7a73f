using Publisher.Site.Linking;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Tests.Linking;

public sealed class CrossReferenceTests
{
    private static DocumentEntry Document(string id, int number) =>
        new(id, id + ".txt", Genre.Memorandum, number, "Memorandum of Conversation", new DateOnly(1985, 11, 19), static () => """{"blocks":[],"footnotes":[]}"""u8);

    private static string? Render(string text, params DocumentEntry[] documents)
    {
        var index = new LinkIndex(new RegistryData(), documents);
        var linker = new MentionLinker(index, new SiteUrls("/edition/"), "other");
        linker.BeginParagraph([]);
        return linker.Render(text);
    }

    [Fact]
    public void A_reference_to_a_document_of_the_edition_links_to_its_note()
    {
        var html = Render("See footnote 1, Document 159.", Document("159_geneva", 159));

        Assert.Equal("See <a class=\"cross-reference\" href=\"/edition/documents/159_geneva/#fn-1\">footnote 1, Document 159</a>.", html);
    }

    [Fact]
    public void A_reference_to_a_document_outside_the_edition_stays_text()
    {
        Assert.Null(Render("See footnote 1, Document 159.", Document("160_other", 160)));
    }
}
