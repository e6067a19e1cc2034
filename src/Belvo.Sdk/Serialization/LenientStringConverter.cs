using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// Reads a string property that Belvo sometimes sends as a bare number or boolean (its own examples do, e.g.
/// <c>"internal_identification": 89608418</c>) as the literal text, instead of failing the whole response.
/// Writes an ordinary JSON string. The generator puts it on every string property of a response model.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    /// <summary>The reading rules above, for the generated readers (<c>Serialization/Generated</c>) too; <c>null</c> reads as null.</summary>
    internal static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new JsonException($"Expected a string but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
