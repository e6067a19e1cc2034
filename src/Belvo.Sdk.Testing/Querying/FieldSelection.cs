using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Querying;

/// <summary>Applies Belvo's <c>fields=a,b</c> (keep only) and <c>omit=a,b</c> (drop) query parameters to top-level keys.</summary>
internal static class FieldSelection
{
    public static JsonNode Apply(JsonNode node, ApiRequest request)
    {
        var keep = Split(request.QueryValue("fields"));
        var omit = Split(request.QueryValue("omit"));
        if (keep is null && omit is null)
        {
            return node;
        }

        if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonObject>())
            {
                Trim(item, keep, omit);
            }
        }
        else if (node is JsonObject item)
        {
            Trim(item, keep, omit);
        }

        return node;
    }

    private static void Trim(JsonObject item, HashSet<string>? keep, HashSet<string>? omit)
    {
        foreach (var key in item.Select(p => p.Key).ToList())
        {
            if ((keep is not null && !keep.Contains(key)) || (omit is not null && omit.Contains(key)))
            {
                item.Remove(key);
            }
        }
    }

    private static HashSet<string>? Split(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
