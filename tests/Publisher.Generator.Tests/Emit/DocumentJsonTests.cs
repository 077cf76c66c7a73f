using System.Text.Json;
using System.Text.RegularExpressions;
using Publisher.Generator.Emit;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Emit;

/// <summary>The generator's JSON reaches the site's model: every property it writes has a member of that name there.</summary>
public sealed class DocumentJsonTests
{
    public static TheoryData<string> Documents() => new(TestDocuments.All);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_property_written_is_a_member_of_the_site_model(string relative)
    {
        var json = DocumentJson.Write(TestDocuments.Document(relative));
        var model = string.Concat(Directory.GetFiles(Path.Combine(Repository.Root, "site", "Model"), "*.cs").Select(File.ReadAllText));

        using var parsed = JsonDocument.Parse(json);
        foreach (var name in Names(parsed.RootElement).Distinct(StringComparer.Ordinal))
        {
            var member = char.ToUpperInvariant(name[0]) + name[1..];
            Assert.True(Regex.IsMatch(model, @"\b" + member + @"\b"), $"{relative}: JSON property '{name}' has no member '{member}' in site/Model");
        }
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
