using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// Reads a boolean that Belvo sometimes sends as the number <c>0</c> or <c>1</c> (its own Chilean purchase-invoice
/// examples send <c>"credit_or_debit_note_on_purchase": 0</c> for a documented boolean), or as the string
/// <c>"true"</c>/<c>"false"</c>, instead of failing the whole response. Any other number or string is still an
/// error. Writes an ordinary JSON boolean.
/// </summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadBoolean(ref reader);

    /// <summary>The reading rules above, for the generated readers (<c>Serialization/Generated</c>) too.</summary>
    internal static bool ReadBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 0 or 1 => number == 1,
            JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
            _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}
