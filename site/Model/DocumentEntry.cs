using System.Text.Json;

namespace Publisher.Site.Model;

/// <summary>One document of the edition: typed metadata, with its content read from embedded data when first asked.</summary>
public sealed class DocumentEntry
{
    private readonly Lazy<DocumentContent> _parsed;

    public DocumentEntry(string id, string source, Genre genre, int? number, string title, DateOnly? date, ContentData content)
    {
        Id = id;
        Source = source;
        Genre = genre;
        Number = number;
        Title = title;
        Date = date;
        // Lazy: sections render in parallel, and every one must see the same content object.
        _parsed = new Lazy<DocumentContent>(() => JsonSerializer.Deserialize(content(), ModelJsonContext.Default.DocumentContent)
            ?? throw new InvalidOperationException($"Document {id} has no content."));
    }

    /// <summary>A document as the generator emits it: its content JSON compressed (see <see cref="ContentCodec"/>).</summary>
    public DocumentEntry(string id, string source, Genre genre, int? number, string title, DateOnly? date, string compressedContent)
        : this(id, source, genre, number, title, date, () => ContentCodec.Inflate(compressedContent))
    {
    }

    /// <summary>The document's id: its seed's file name, lower case, safe in a URL and a path.</summary>
    public string Id { get; }

    /// <summary>The seed's file name.</summary>
    public string Source { get; }

    public Genre Genre { get; }

    /// <summary>The number the source gives the document (FRUS <c>256.</c>), if any.</summary>
    public int? Number { get; }

    public string Title { get; }

    public DateOnly? Date { get; }

    public DocumentContent Content => _parsed.Value;
}
