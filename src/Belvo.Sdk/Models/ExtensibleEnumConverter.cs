using System.Text.Json;
using System.Text.Json.Serialization;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Models;

/// <summary>
/// Reads and writes an <see cref="IExtensibleEnumeration{TSelf}"/> as its plain string value. Values Belvo adds
/// later are read as-is, never rejected.
/// </summary>
/// <typeparam name="T">The enumeration type.</typeparam>
public sealed class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnumeration<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(JsonValueReader.EnumText(ref reader, typeof(T).Name));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }
}
