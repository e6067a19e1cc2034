using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Http;

/// <summary>Lenient readers for request-body fields, accepting what DRF serializers accept.</summary>
internal static class JsonBody
{
    /// <summary>A string field; numbers are read as their text. Null when absent, null or not a scalar.</summary>
    public static string? String(JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    /// <summary>A boolean field (<c>true</c>, <c>false</c> or their string forms); <paramref name="fallback"/> when absent or unreadable.</summary>
    public static bool Bool(JsonObject body, string name, bool fallback) => body[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
        _ => fallback,
    };

    /// <summary>Whether the body has a non-null value for the field.</summary>
    public static bool Has(JsonObject body, string name) => body[name] is not null;
}
