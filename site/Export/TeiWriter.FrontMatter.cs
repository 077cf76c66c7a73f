using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Export;

/// <summary>The front matter as the source has it: classification, title, subjects, dateline, chair, attendance, agenda, participants.</summary>
internal sealed partial class TeiWriter
{
    private void FrontMatter()
    {
        if (_content.Classification.Count > 0)
        {
            Xml.WriteStartElement("opener");
            for (var i = 0; i < _content.Classification.Count; i++)
            {
                if (i > 0)
                {
                    TeiXml.StartInline(Xml, "lb");
                    Xml.WriteEndElement();
                }

                TeiXml.StartInline(Xml, "seg");
                Xml.WriteAttributeString("type", "classification");
                TeiMarkdown.Write(Xml, _content.Classification[i]);
                Xml.WriteEndElement();
            }

            Xml.WriteEndElement();
        }

        Xml.WriteStartElement("head");
        if (_document.Number is { } number)
        {
            Xml.WriteString(number.ToString(CultureInfo.InvariantCulture) + ". ");
        }

        Xml.WriteString(_document.Title);
        Inlines(_content.TitleNotes);
        Xml.WriteEndElement();
        foreach (var subject in _content.Subjects)
        {
            Xml.WriteStartElement("head");
            Xml.WriteAttributeString("type", "sub");
            TeiMarkdown.Write(Xml, subject);
            Xml.WriteEndElement();
        }

        if (_content.DateLine is { } dateLine)
        {
            Xml.WriteStartElement("dateline");
            TeiXml.StartInline(Xml, "date");
            if (_document.Date is { } date)
            {
                Xml.WriteAttributeString("when", EditionDates.Iso(date));
            }

            TeiMarkdown.Write(Xml, dateLine);
            Xml.WriteEndElement();
            Xml.WriteEndElement();
        }

        Attendance();
        foreach (var group in _content.Participants)
        {
            Xml.WriteStartElement("list");
            Xml.WriteAttributeString("type", "participants");
            if (group.Heading is { } heading)
            {
                Xml.WriteElementString("head", heading);
            }

            foreach (var participant in group.Participants)
            {
                Xml.WriteStartElement("item");
                ParticipantName(participant);
                Xml.WriteEndElement();
            }

            Xml.WriteEndElement();
        }
    }

    private void Attendance()
    {
        if (_content.Chair is { } chair)
        {
            Xml.WriteStartElement("ab");
            Xml.WriteAttributeString("type", "chair");
            Xml.WriteString("Chaired by: ");
            PersName(Persons.ChairId!, chair);
            Xml.WriteEndElement();
        }

        if (_content.Attendees.Count > 0)
        {
            Xml.WriteStartElement("ab");
            Xml.WriteAttributeString("type", "attendance");
            Xml.WriteString("In attendance: " + (_content.AttendeesHonorific is { } honorific ? honorific + " " : string.Empty));
            for (var i = 0; i < _content.Attendees.Count; i++)
            {
                if (i > 0)
                {
                    Xml.WriteString(", ");
                }

                PersName(Persons.OfAttendee(_content.Attendees[i]), _content.Attendees[i]);
            }

            Xml.WriteEndElement();
        }

        if (_content.Agenda is { } agenda)
        {
            Xml.WriteStartElement("ab");
            Xml.WriteAttributeString("type", "agenda");
            TeiMarkdown.Write(Xml, agenda);
            Xml.WriteEndElement();
        }
    }

    /// <summary>A participant line, marked up in its parts when they spell the line exactly, else as written.</summary>
    private void ParticipantName(Participant participant)
    {
        var id = Persons.Of(participant);
        var rebuilt = new StringBuilder();
        if (participant.Title is { } title)
        {
            rebuilt.Append(title).Append(' ');
        }

        rebuilt.Append(participant.Name);
        foreach (var mark in participant.Marks)
        {
            rebuilt.Append(" (").Append(mark).Append(')');
        }

        if (!string.Equals(rebuilt.ToString(), participant.Source, StringComparison.Ordinal))
        {
            PersName(id, participant.Source);
            return;
        }

        TeiXml.StartInline(Xml, "persName");
        Xml.WriteAttributeString("ref", "#" + id);
        if (participant.Title is { } roleName)
        {
            TeiXml.Inline(Xml, "roleName", roleName);
            Xml.WriteString(" ");
        }

        Xml.WriteString(participant.Name);
        Xml.WriteEndElement();
        foreach (var mark in participant.Marks)
        {
            Xml.WriteString(" (");
            TeiXml.Inline(Xml, IsOffice(mark) ? "orgName" : "roleName", mark);
            Xml.WriteString(")");
        }
    }

    /// <summary>Marks in capitals name an office or agency (<c>NSC</c>, <c>SOV</c>); others a role (<c>notetaker</c>).</summary>
    public static bool IsOffice(string mark) => mark.Any(char.IsLetter) && !mark.Any(char.IsLower);

    private void PersName(string id, string text)
    {
        TeiXml.StartInline(Xml, "persName");
        Xml.WriteAttributeString("ref", "#" + id);
        TeiMarkdown.Write(Xml, text);
        Xml.WriteEndElement();
    }
}
