using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>
/// The persons of one document and their TEI ids: participants, chair, attendees and speakers. The same person met
/// as attendee (<c>Aliev G.A.</c>) and as speaker (<c>ALIEV</c>) gets one id, from <see cref="TeiWriter.PersonId"/>;
/// two different list entries that would share an id (two Medvedevs) keep apart by their full names.
/// </summary>
internal sealed class TeiPersons
{
    private readonly Dictionary<Participant, string> _participants = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _attendees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _speakers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public TeiPersons(DocumentContent content)
    {
        foreach (var participant in content.Participants.SelectMany(g => g.Participants))
        {
            _participants[participant] = Claim(participant.Name);
        }

        if (content.Chair is { } chair)
        {
            ChairId = Claim(chair);
        }

        foreach (var attendee in content.Attendees.Distinct(StringComparer.Ordinal))
        {
            // The chair may be listed among those attending too: one person, one id.
            _attendees[attendee] = TeiWriter.PersonId(attendee) == ChairId ? ChairId : Claim(attendee);
        }

        foreach (var speaker in content.Blocks.Select(b => b.Speaker).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var id = TeiWriter.PersonId(speaker);
            if (_ids.Add(id))
            {
                UnlistedSpeakers.Add(speaker);
            }

            _speakers[speaker] = id;
        }
    }

    public string? ChairId { get; }

    /// <summary>Speakers the document names in no list: their labels as written, in order of first turn.</summary>
    public List<string> UnlistedSpeakers { get; } = [];

    public string Of(Participant participant) => _participants[participant];

    public string OfAttendee(string attendee) => _attendees[attendee];

    public string OfSpeaker(string speaker) => _speakers[speaker];

    public static bool IsGroup(string id) => id.StartsWith(TeiWriter.GroupPrefix, StringComparison.Ordinal);

    private string Claim(string name)
    {
        var id = TeiWriter.PersonId(name);
        if (_ids.Add(id))
        {
            return id;
        }

        // Another entry of a list already holds this id: a different person with the same surname.
        var full = TeiWriter.PersonId(name, fullName: true);
        var unique = full;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{full}-{n}";
        }

        return unique;
    }
}
