using System.Text.Json;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Export;

/// <summary>The JSON export reads back into the typed model with nothing changed.</summary>
public sealed class DocumentJsonExportTests
{
    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void The_export_round_trips_the_typed_model(string id)
    {
        var document = Edition.Documents.Single(d => d.Id == id);
        var original = document.Content;

        using var json = JsonDocument.Parse(DocumentJsonExporter.Export(document));
        var root = json.RootElement;
        var content = root.GetProperty("content").Deserialize(ModelJsonContext.Default.DocumentContent)!;

        Assert.Equal(document.Id, root.GetProperty("id").GetString());
        Assert.Equal(document.Source, root.GetProperty("source").GetString());
        Assert.Equal(document.Genre.ToString(), root.GetProperty("genre").GetString());
        Assert.Equal(document.Title, root.GetProperty("title").GetString());
        Assert.Equal(document.Date, DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(document.Number, root.GetProperty("number").ValueKind == JsonValueKind.Null ? null : root.GetProperty("number").GetInt32());

        Assert.Equal(original.Blocks.Select(b => (b.Kind, b.Id, b.Speaker, b.Turn, b.Line)), content.Blocks.Select(b => (b.Kind, b.Id, b.Speaker, b.Turn, b.Line)));
        Assert.Equal(original.Blocks.SelectMany(b => b.Inlines), content.Blocks.SelectMany(b => b.Inlines));
        Assert.Equal(original.Footnotes.Select(n => (n.Number, n.Line)), content.Footnotes.Select(n => (n.Number, n.Line)));
        Assert.Equal(original.Footnotes.SelectMany(n => n.Inlines), content.Footnotes.SelectMany(n => n.Inlines));
        Assert.Equal(original.TitleNotes, content.TitleNotes);
        Assert.Equal(original.Participants.SelectMany(g => g.Participants).Select(p => (p.Source, p.Title, p.Name, string.Join("|", p.Marks))), content.Participants.SelectMany(g => g.Participants).Select(p => (p.Source, p.Title, p.Name, string.Join("|", p.Marks))));
        Assert.Equal(original.Attendees, content.Attendees);
        Assert.Equal(original.Classification, content.Classification);
        Assert.Equal(original.SourceLines, content.SourceLines);
        Assert.Equal(original.Signature, content.Signature);
        Assert.Equal(original.Provenance, content.Provenance);
        Assert.Equal((original.DateLine, original.Chair, original.Agenda, original.Place, original.Time), (content.DateLine, content.Chair, content.Agenda, content.Place, content.Time));

        // And the whole: serialized again, the content is the same JSON.
        Assert.Equal(JsonSerializer.Serialize(original, ModelJsonContext.Default.DocumentContent), JsonSerializer.Serialize(content, ModelJsonContext.Default.DocumentContent));
    }

    [Fact]
    public void The_memorandum_export_holds_its_facts()
    {
        var document = Edition.Documents.Single(d => d.Id == RepositoryFiles.Memorandum);

        using var json = JsonDocument.Parse(DocumentJsonExporter.Export(document));

        Assert.Equal(256, json.RootElement.GetProperty("number").GetInt32());
        Assert.Equal("1986-07-26", json.RootElement.GetProperty("date").GetString());
        var content = json.RootElement.GetProperty("content");
        Assert.Equal(4, content.GetProperty("footnotes").GetArrayLength());
        Assert.Equal([5, 3], content.GetProperty("participants").EnumerateArray().Select(g => g.GetProperty("participants").GetArrayLength()));
        Assert.Equal("Burton", content.GetProperty("provenance").GetProperty("drafter").GetString());
    }
}
