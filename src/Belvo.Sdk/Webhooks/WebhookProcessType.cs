using System.Text.Json.Serialization;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// Which kind of data load sent a webhook (<c>process_type</c>, sent by newer API versions). Values Belvo adds
/// later are kept as received: compare with the static properties and fall back to <see cref="Value"/>.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumConverter<WebhookProcessType>))]
public readonly record struct WebhookProcessType : IExtensibleEnumeration<WebhookProcessType>
{
    private readonly string? value;

    /// <summary>Creates a <see cref="WebhookProcessType"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    public WebhookProcessType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary><c>historical_update</c>: the first load of a link's history.</summary>
    public static WebhookProcessType HistoricalUpdate { get; } = new("historical_update");

    /// <summary><c>recurrent_update</c>: a scheduled refresh of a recurrent link.</summary>
    public static WebhookProcessType RecurrentUpdate { get; } = new("recurrent_update");

    /// <summary>Gets the value exactly as Belvo sends it; empty for <c>default(WebhookProcessType)</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a <see cref="WebhookProcessType"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    /// <returns>The enumeration value.</returns>
    public static WebhookProcessType FromValue(string value) => new(value);

    /// <summary>Compares the wire values ordinally; <c>default</c> equals the empty value.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both have the same wire value.</returns>
    public bool Equals(WebhookProcessType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns <see cref="Value"/>, the value as Belvo sends it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;
}
