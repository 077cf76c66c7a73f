using System.IO.Compression;
using System.Security.Cryptography;
using Publisher.Browser.Tests.Helpers;
using Publisher.Site.Building;
using Publisher.Site.Building.Sections;
using Publisher.Site.Model;

namespace Publisher.Browser.Tests.Validity;

[Collection(BrowserCollection.Name)]
public sealed class EditionArchiveTests(BrowserSite site)
{
    [Fact]
    public void The_edition_zip_holds_every_documents_TEI_sorted_and_matching_its_export()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(site.Root, EditionArchiveSection.Path));

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(Edition.Documents.Select(d => $"tei/{d.Id}.xml").Order(StringComparer.Ordinal), names);
        foreach (var entry in zip.Entries)
        {
            var id = Path.GetFileNameWithoutExtension(entry.Name);
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "documents", id, id + ".xml")), reader.ReadToEnd());
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void The_edition_zip_has_the_same_bytes_on_every_build()
    {
        var again = new SiteBuilder(new SiteOptions(site.Root, BrowserSite.BasePath, Path.Combine(AppContext.BaseDirectory, "templates")), EditionInfo.From(Edition.IntroductionMarkdown))
            .Build(Edition.Documents)
            .Single(f => f.Path == EditionArchiveSection.Path);

        Assert.Equal(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Root, EditionArchiveSection.Path))), SHA256.HashData(again.Content));
    }
}
