using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>Everything the parser read from one seed: metadata, header, body, notes, provenance.</summary>
internal sealed record DocumentSpec
{
    public string Id { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>The seed's path as the compiler gave it, so cross-document diagnostics point at the file.</summary>
    public string Path { get; init; } = string.Empty;

    public Genre Genre { get; init; }

    public int? Number { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>Footnote references glued to the title (<c>Memorandum of Conversation1</c>).</summary>
    public EquatableArray<InlineSpec> TitleNotes { get; init; } = EquatableArray<InlineSpec>.Empty;

    /// <summary>ISO 8601 date, <c>yyyy-MM-dd</c>; null when none was found.</summary>
    public string? Date { get; init; }

    public string? DateLine { get; init; }

    public string? Place { get; init; }

    public string? Time { get; init; }

    /// <summary>The label before the subject as written (<c>SUBJECT:</c>); null when the subject stands alone.</summary>
    public string? SubjectLabel { get; init; }

    public EquatableArray<string> Subjects { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Classification { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The label before the chair as written (<c>Chaired by:</c>, <c>Chairman:</c>).</summary>
    public string? ChairLabel { get; init; }

    public string? Chair { get; init; }

    /// <summary>The label before the attendance list as written (<c>In attendance:</c>, <c>Present:</c>).</summary>
    public string? AttendeesLabel { get; init; }

    public EquatableArray<string> Attendees { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The form of address before the attendance list, as written (<c>cdes.</c>).</summary>
    public string? AttendeesHonorific { get; init; }

    public string? Agenda { get; init; }

    /// <summary>The label over a memorandum's participant list as written (<c>PARTICIPANTS:</c>); null when there is none.</summary>
    public string? ParticipantsLabel { get; init; }

    public EquatableArray<ParticipantGroupSpec> Participants { get; init; } = EquatableArray<ParticipantGroupSpec>.Empty;

    public EquatableArray<BlockSpec> Blocks { get; init; } = EquatableArray<BlockSpec>.Empty;

    public EquatableArray<FootnoteSpec> Footnotes { get; init; } = EquatableArray<FootnoteSpec>.Empty;

    public SignatureSpec? Signature { get; init; }

    /// <summary>The closing source lines as written (Markdown kept), e.g. the Politburo notes' italic source.</summary>
    public EquatableArray<string> SourceLines { get; init; } = EquatableArray<string>.Empty;

    public ProvenanceSpec Provenance { get; init; } = new();
}
