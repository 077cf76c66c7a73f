namespace Publisher.Site.Model;

/// <summary>Returns a document's content as UTF-8 JSON embedded in the assembly's data, not its string heap.</summary>
public delegate ReadOnlySpan<byte> ContentData();
