using System.Xml;
using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>
/// <c>particDesc</c>: one <c>listPerson type="participants"</c>, a nested <c>listPerson</c> per delegation when the
/// source groups them, then the chair, the attendees, and speakers no list names (a group label as
/// <c>personGrp</c>). Every <c>sp/@who</c> and <c>persName/@ref</c> of the body points at an id written here.
/// </summary>
internal static class TeiParticipants
{
    public static void Write(XmlWriter xml, DocumentContent content, TeiPersons persons)
    {
        if (content.Participants.Count == 0 && content.Chair is null && content.Attendees.Count == 0 && persons.UnlistedSpeakers.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("particDesc");
        xml.WriteStartElement("listPerson");
        xml.WriteAttributeString("type", "participants");
        var nested = content.Participants.Count > 1;
        foreach (var group in content.Participants)
        {
            if (nested)
            {
                xml.WriteStartElement("listPerson");
                xml.WriteAttributeString("type", "delegation");
            }

            if (group.Heading is { } heading)
            {
                xml.WriteElementString("head", heading);
            }

            foreach (var participant in group.Participants)
            {
                Participant(xml, persons.Of(participant), participant);
            }

            if (nested)
            {
                xml.WriteEndElement();
            }
        }

        if (content.Chair is { } chair)
        {
            Person(xml, persons.ChairId!, chair, "chair", note: null);
        }

        foreach (var attendee in content.Attendees.Distinct(StringComparer.Ordinal))
        {
            var id = persons.OfAttendee(attendee);
            if (id != persons.ChairId)
            {
                Person(xml, id, attendee, "attendee", note: null);
            }
        }

        foreach (var speaker in persons.UnlistedSpeakers)
        {
            var id = persons.OfSpeaker(speaker);
            if (TeiPersons.IsGroup(id))
            {
                xml.WriteStartElement("personGrp");
                xml.WriteAttributeString("xml", "id", null, id);
                xml.WriteAttributeString("role", "speaker");
                xml.WriteElementString("name", speaker);
                xml.WriteEndElement();
            }
            else
            {
                // Kept as the label reads, never matched by guesswork to someone the lists name.
                Person(xml, id, speaker, "speaker", "Named only as a speaker; not in the document's list of those present.");
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Participant(XmlWriter xml, string id, Participant participant)
    {
        xml.WriteStartElement("person");
        xml.WriteAttributeString("xml", "id", null, id);
        var roles = participant.Marks.Where(m => !TeiWriter.IsOffice(m)).Select(m => m.Replace(' ', '-')).ToList();
        if (roles.Count > 0)
        {
            xml.WriteAttributeString("role", string.Join(" ", roles));
        }

        xml.WriteStartElement("persName");
        if (participant.Title is { } title)
        {
            TeiXml.Inline(xml, "roleName", title);
            xml.WriteString(" ");
        }

        xml.WriteString(participant.Name);
        xml.WriteEndElement();
        foreach (var office in participant.Marks.Where(TeiWriter.IsOffice))
        {
            xml.WriteElementString("affiliation", office);
        }

        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, string id, string name, string role, string? note)
    {
        xml.WriteStartElement("person");
        xml.WriteAttributeString("xml", "id", null, id);
        xml.WriteAttributeString("role", role);
        xml.WriteElementString("persName", name);
        if (note is not null)
        {
            xml.WriteElementString("note", note);
        }

        xml.WriteEndElement();
    }
}
