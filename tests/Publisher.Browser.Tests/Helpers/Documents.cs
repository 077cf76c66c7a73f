namespace Publisher.Browser.Tests.Helpers;

/// <summary>The seeds' two documents, as the tests name them.</summary>
public static class Documents
{
    /// <summary>Document 256, the memorandum of conversation of July 26, 1986 (Bessmertnykh, Ridgway).</summary>
    public const string Memorandum = "documents/003_90912159ad8af0ba/index.html";

    /// <summary>The Politburo session of October 14, 1986.</summary>
    public const string SessionNotes = "documents/000_f1b63ae9a0998c51/index.html";
}
