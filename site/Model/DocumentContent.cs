namespace Publisher.Site.Model;

/// <summary>Everything of a document beyond its metadata, as the generator parsed it.</summary>
public sealed record DocumentContent
{
    /// <summary>Footnote references glued to the title.</summary>
    public IReadOnlyList<Inline> TitleNotes { get; init; } = [];

    /// <summary>The dateline as written.</summary>
    public string? DateLine { get; init; }

    public string? Place { get; init; }

    public string? Time { get; init; }

    /// <summary>The label before the subject as written (<c>SUBJECT:</c>).</summary>
    public string? SubjectLabel { get; init; }

    /// <summary>Subject lines and subtitles of a memorandum.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Classification lines as written (<c>Top Secret</c>, <c>Only Copy</c>, <c>(Working notes)</c>).</summary>
    public IReadOnlyList<string> Classification { get; init; } = [];

    /// <summary>The label before the chair as written (<c>Chaired by:</c>).</summary>
    public string? ChairLabel { get; init; }

    public string? Chair { get; init; }

    /// <summary>The label before the attendance list as written (<c>In attendance:</c>).</summary>
    public string? AttendeesLabel { get; init; }

    /// <summary>The attendance list as written, one entry per person (<c>Aliev G.A.</c>).</summary>
    public IReadOnlyList<string> Attendees { get; init; } = [];

    /// <summary>The form of address before the attendance list, as written (<c>cdes.</c>).</summary>
    public string? AttendeesHonorific { get; init; }

    public string? Agenda { get; init; }

    /// <summary>The label over a memorandum's participant list as written (<c>PARTICIPANTS:</c>).</summary>
    public string? ParticipantsLabel { get; init; }

    public IReadOnlyList<ParticipantGroup> Participants { get; init; } = [];

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    public Signature? Signature { get; init; }

    /// <summary>Closing source lines as written, Markdown included.</summary>
    public IReadOnlyList<string> SourceLines { get; init; } = [];

    public Provenance Provenance { get; init; } = new();
}
