namespace Publisher.Generator.Tests.Helpers;

/// <summary>The nothing-lost check: every word of the seed appears in the model's words, in the seed's order.</summary>
internal static class WordOrder
{
    public static void AssertKept(IReadOnlyList<string> seedWords, List<string> modelWords)
    {
        var position = 0;
        foreach (var word in seedWords)
        {
            var found = modelWords.IndexOf(word, position);
            Assert.True(found >= 0, $"'{word}' (after '{(position > 0 ? modelWords[position - 1] : string.Empty)}') is missing from the model");
            position = found + 1;
        }
    }
}
