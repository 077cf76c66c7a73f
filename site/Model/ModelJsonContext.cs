using System.Text.Json.Serialization;

namespace Publisher.Site.Model;

/// <summary>Reads the generator's embedded JSON (and writes the per-document JSON export) without reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(DocumentContent))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
