using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for every type the SDK sends or receives: snake_case on
/// the wire, nulls omitted when writing, numbers accepted from strings and booleans from <c>0</c>/<c>1</c> when
/// reading, dates from full timestamps. Every type, including
/// <see cref="System.Text.Json.JsonElement"/>, is registered in the generated part of this class
/// (<c>BelvoJsonContext.Models.g.cs</c>): the System.Text.Json source generator fails (CS8785, duplicate hint
/// names) when more than one partial declaration of a context carries <c>[JsonSerializable]</c>, so this part
/// must carry none.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateOnlyConverter), typeof(LenientBooleanConverter)])]
internal sealed partial class BelvoJsonContext : JsonSerializerContext;
