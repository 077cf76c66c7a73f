using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Parsing;

/// <summary>Every word of every test document and seed reaches the model, in order; only page markers and note numbers become structure.</summary>
public sealed class NothingLostTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var relative in TestDocuments.All)
        {
            data.Add(relative);
        }

        data.Add("seeds/" + Seeds.Memorandum);
        data.Add("seeds/" + Seeds.SessionNotes);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_word_is_in_the_model_in_order(string relative)
    {
        var path = relative.StartsWith("seeds/", StringComparison.Ordinal) ? Repository.SeedPath(relative["seeds/".Length..]) : Repository.TestDocument(relative);
        var source = File.ReadAllText(path);
        var document = Parsing(path, source);
        var words = ModelWords.Of(document, source);

        var position = 0;
        foreach (var word in ModelWords.Split(source))
        {
            var found = words.IndexOf(word, position);
            Assert.True(found >= 0, $"{relative}: '{word}' (after '{(position > 0 ? words[position - 1] : string.Empty)}') is missing from the model");
            position = found + 1;
        }
    }

    [Fact]
    public void There_are_at_least_six_test_documents_of_each_genre()
    {
        Assert.True(TestDocuments.All.Count(d => d.StartsWith("memorandum/", StringComparison.Ordinal)) >= 6);
        Assert.True(TestDocuments.All.Count(d => d.StartsWith("session-notes/", StringComparison.Ordinal)) >= 6);
    }

    private static Model.DocumentSpec Parsing(string path, string source) =>
        Generator.Parsing.SeedParser.Parse(path, Path.GetFileName(path), source).Document ?? throw new InvalidOperationException(path + " gave no document");
}
