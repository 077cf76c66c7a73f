namespace Publisher.Generator.Parsing;

/// <summary>
/// One line of a seed without its line ending. <see cref="Start"/> is its offset in the seed;
/// <see cref="Column"/> is where <see cref="Text"/> begins in the original line when a prefix was cut off.
/// </summary>
internal readonly record struct SeedLine(int Number, int Start, string Text, int Column = 0)
{
    public bool IsBlank => Text.Trim().Length == 0;
}
