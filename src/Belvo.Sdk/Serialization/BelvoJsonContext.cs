using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for every type the SDK sends or receives: snake_case on
/// the wire, nulls omitted when writing, numbers accepted from strings when reading. The model types are
/// registered in the generated part of this class (<c>BelvoJsonContext.Models.g.cs</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateOnlyConverter)])]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class BelvoJsonContext : JsonSerializerContext;
