using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Belvo.Sdk.Serialization;

/// <summary>Reads one element of a list (a record, an enumeration value, a string) for <see cref="JsonValueReader.List{T}"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="reader">The reader, on the element's first token.</param>
/// <param name="options">The options the response is read with.</param>
/// <returns>The element.</returns>
internal delegate T JsonItemReader<out T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

/// <summary>
/// The value rules of the generated readers (<c>Serialization/Generated/*Reader.g.cs</c>), in one place: each method
/// reads the value the reader is on, with the same leniency as <see cref="BelvoJsonContext"/> (numbers from strings,
/// strings from bare numbers, booleans from 0/1, dates from timestamps, timestamps without an offset as UTC), and
/// throws <see cref="JsonException"/> naming the property for anything else, so a wrong body still becomes the
/// SDK's "unreadable response" error with the raw body kept.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Moves to the next token; a value handed to a converter is complete, so running out is malformed JSON.</summary>
    /// <param name="reader">The reader.</param>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON value ended before the object did.");
        }
    }

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The record being read, for the message.</param>
    public static void StartObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {type} but found {reader.TokenType}.");
        }
    }

    /// <summary>The property name or string the reader is on, unescaped (a copy only when it has escapes).</summary>
    /// <param name="reader">The reader, on a property name or a string.</param>
    /// <returns>The UTF-8 text.</returns>
    public static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader) =>
        reader.HasValueSequence || reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    /// <summary>Keeps a property the record does not model in its <c>AdditionalProperties</c>, as System.Text.Json's extension data does.</summary>
    /// <param name="reader">The reader, on the property's value.</param>
    /// <param name="name">The property's UTF-8 name.</param>
    /// <param name="extra">The bag, created on the first unknown property.</param>
    public static void Extra(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Dictionary<string, JsonElement>? extra) =>
        (extra ??= [])[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);

    /// <summary>Reads a string, or a bare number or boolean as its text; <c>null</c> as null.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The text.</returns>
    public static string? String(ref Utf8JsonReader reader) => LenientStringConverter.ReadString(ref reader);

    /// <summary>Reads a number, or a string holding one.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The number.</returns>
    public static decimal Decimal(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = Unescaped(ref reader);
            if (Utf8Parser.TryParse(text, out number, out var used) && used == text.Length)
            {
                return number;
            }
        }

        throw Unexpected(ref reader, "a number", property);
    }

    /// <summary>Reads a 32-bit integer, or a string holding one.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The number.</returns>
    public static int Int32(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = Unescaped(ref reader);
            if (Utf8Parser.TryParse(text, out number, out var used) && used == text.Length)
            {
                return number;
            }
        }

        throw Unexpected(ref reader, "a 32-bit integer", property);
    }

    /// <summary>Reads a 64-bit integer, or a string holding one.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The number.</returns>
    public static long Int64(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = Unescaped(ref reader);
            if (Utf8Parser.TryParse(text, out number, out var used) && used == text.Length)
            {
                return number;
            }
        }

        throw Unexpected(ref reader, "a 64-bit integer", property);
    }

    /// <summary>Reads a boolean, or 0/1, or "true"/"false".</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The boolean.</returns>
    public static bool Boolean(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? throw Unexpected(ref reader, "a boolean", property) : LenientBooleanConverter.ReadBoolean(ref reader);

    /// <summary>Reads a UUID string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The identifier.</returns>
    public static Guid Guid(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw Unexpected(ref reader, "a UUID string", property);

    /// <summary>Reads a date (<c>YYYY-MM-DD</c>, a timestamp, or <c>DD-MM-YYYY</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The date.</returns>
    public static DateOnly Date(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? throw Unexpected(ref reader, "a date string", property) : LenientDateOnlyConverter.ReadDate(ref reader);

    /// <summary>Reads an ISO 8601 timestamp; without an offset, as UTC.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The timestamp.</returns>
    public static DateTimeOffset Timestamp(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? throw Unexpected(ref reader, "a timestamp string", property) : LenientTimestampConverter.ReadTimestamp(ref reader);

    /// <summary>
    /// The wire text of an extensible enumeration value that is not one of its known values (those the generated
    /// reader matches itself, without a string): a string as it is, a bare number or boolean as its text.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The enumeration, for the message.</param>
    /// <returns>The text.</returns>
    public static string EnumText(ref Utf8JsonReader reader, string type) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number => reader.TryGetInt64(out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new JsonException($"Expected a string for {type} but found {reader.TokenType}."),
        };

    /// <summary>Reads a JSON array with <paramref name="item"/> for each element; <c>null</c> as null.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The options the response is read with.</param>
    /// <param name="item">Reads one element.</param>
    /// <param name="property">The property, for the message.</param>
    /// <returns>The elements.</returns>
    public static List<T>? List<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, JsonItemReader<T> item, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "a JSON array", property);
        }

        var items = new List<T>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            items.Add(item(ref reader, options));
        }
    }

    /// <summary>Reads a string element of a list: the text, or a bare number or boolean as its text.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The options the response is read with.</param>
    /// <returns>The text.</returns>
    public static string StringItem(ref Utf8JsonReader reader, JsonSerializerOptions options) => LenientStringConverter.ReadString(ref reader)!;

    /// <summary>Reads a type that has no generated reader (a union, a hand-written shape) through the serializer.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The options the response is read with.</param>
    /// <returns>The value.</returns>
    public static T? Serialized<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected, string property) =>
        new($"Expected {expected} for '{property}' but found {reader.TokenType}.");
}
