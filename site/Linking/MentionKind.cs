namespace Publisher.Site.Linking;

public enum MentionKind
{
    Person,
    Term,
    Event,
}
