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

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDate(ref reader);

    /// <summary>The reading rules above, for the generated readers (<c>Serialization/Generated</c>) too.</summary>
    internal static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string (YYYY-MM-DD) but found {reader.TokenType}.");
        }

        // The wire form, parsed from the UTF-8 bytes without making a string: nearly every date Belvo sends.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseWireFormat(reader.ValueSpan, out var wireDate))
        {
            return wireDate;
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

    /// <summary>Parses exactly <c>YYYY-MM-DD</c> (ASCII digits, a real calendar date).</summary>
    private static bool TryParseWireFormat(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(WireFormat, CultureInfo.InvariantCulture));
}
