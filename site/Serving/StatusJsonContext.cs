using System.Text.Json.Serialization;

namespace Publisher.Site.Serving;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StatusMessage))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
