namespace Publisher.Site.Rendering;

/// <summary>The parts of a document page built in code: title notes, body, footnotes.</summary>
public sealed record RenderedBody(TrustedHtml TitleNotes, TrustedHtml Body, TrustedHtml Footnotes);
