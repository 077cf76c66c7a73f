namespace Publisher.Generator.Tests.Helpers;

/// <summary>The file names of the two seeds of the edition.</summary>
internal static class Seeds
{
    public const string Memorandum = "003_90912159ad8af0ba.txt";

    public const string SessionNotes = "000_f1b63ae9a0998c51.txt";
}
