using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="DateOnly"/> from <c>YYYY-MM-DD</c>, and also from a full ISO-8601 timestamp, which
/// Belvo sometimes sends for fields its specification documents as dates, and from <c>DD-MM-YYYY</c>, the form
/// the specification's Chile (SII) tax-status examples use for dates it documents as <c>YYYY-MM-DD</c>.
/// Writes <c>YYYY-MM-DD</c>.
/// </summary>
internal sealed class LenientDateOnlyConverter : JsonConverter<DateOnly>
{
    private const string WireFormat = "yyyy-MM-dd";

    // Unambiguous beside the wire format: the four-digit year is last, not first.
    private const string DayFirstFormat = "dd-MM-yyyy";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string (YYYY-MM-DD) but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        if (DateOnly.TryParseExact(text, WireFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateOnly.TryParseExact(text, DayFirstFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp.DateTime);
        }

        throw new JsonException($"'{text}' is not a date in the form YYYY-MM-DD.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(WireFormat, CultureInfo.InvariantCulture));
}
