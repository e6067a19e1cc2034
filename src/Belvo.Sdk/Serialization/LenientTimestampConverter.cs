using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="DateTimeOffset"/> the same on every machine. Belvo sends most timestamps with an offset
/// (<c>2024-03-06T14:25:40Z</c>), but some, such as Chile's invoice and tax-status times, without one
/// (<c>2024-03-06T11:25:40</c>); System.Text.Json would read those in the local time zone of whatever machine runs
/// the code. This converter reads a timestamp without an offset as UTC, so the clock time Belvo sent is kept and the
/// result does not depend on the server's time zone. Timestamps with an offset, and a bare date, read as usual.
/// Writes ISO 8601 with the offset.
/// </summary>
internal sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadTimestamp(ref reader);

    /// <summary>The reading rules above, for the generated readers (<c>Serialization/Generated</c>) too.</summary>
    internal static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO 8601 timestamp string but found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.TryGetDateTimeOffset(out var value))
        {
            return HasOffset(reader.ValueSpan) ? value : new DateTimeOffset(value.DateTime, TimeSpan.Zero);
        }

        // A value split across buffers or written with escapes: the same rules on its text.
        var text = reader.GetString()!;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        throw new JsonException($"'{text}' is not an ISO 8601 timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Whether an ISO 8601 text ends in a zone: <c>Z</c>, or <c>+hh:mm</c>/<c>-hh:mm</c> after its time.</summary>
    private static bool HasOffset(ReadOnlySpan<byte> text)
    {
        var time = text.IndexOfAny((byte)'T', (byte)'t', (byte)' ');
        if (time < 0)
        {
            return false; // a date only: midnight, read as UTC like a time without a zone
        }

        var zone = text[time..];
        return zone.IndexOfAny((byte)'Z', (byte)'z', (byte)'+') >= 0 || zone.IndexOf((byte)'-') >= 0;
    }
}
