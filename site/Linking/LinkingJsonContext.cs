using System.Text.Json.Serialization;

namespace Publisher.Site.Linking;

/// <summary>Reads the generator's registry JSON without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RegistryData))]
internal sealed partial class LinkingJsonContext : JsonSerializerContext
{
}
