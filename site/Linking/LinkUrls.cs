namespace Publisher.Site.Linking;

/// <summary>Where the linking pages live, relative to the site root (pages end in '/').</summary>
public static class LinkUrls
{
    public const string Persons = "persons/";
    public const string Glossary = "glossary/";
    public const string Chronology = "chronology/";

    public static string Person(string id) => $"persons/{id}/";

    public static string Term(string id) => $"glossary/#{id}";
}
