using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// Items made from a resource's template: every property the description defines, with the description's example
/// values and types (dates, decimals, enum values), and the values that make an item this emulator's own: its id,
/// its link, its timestamps on the emulator clock, and amounts drawn from the seed.
/// </summary>
internal static class TemplateItems
{
    private static readonly string[] Timestamps = ["created_at", "collected_at"];
    private static readonly string[] LinkFields = ["link", "link_id"];

    /// <summary>Item number <paramref name="index"/> of a link for a resource.</summary>
    public static JsonObject Create(JsonObject template, string id, string? linkId, int index, Random random, DateTimeOffset now)
    {
        var item = (JsonObject)template.DeepClone();
        if (item.ContainsKey("id"))
        {
            item["id"] = id;
        }

        foreach (var name in LinkFields)
        {
            if (linkId is not null && item[name] is JsonValue)
            {
                item[name] = linkId;
            }
        }

        foreach (var name in Timestamps)
        {
            if (item[name] is JsonValue)
            {
                item[name] = Data.Timestamps.Format(now.AddMinutes(-index));
            }
        }

        VaryAmounts(item, random);
        return item;
    }

    /// <summary>Replaces every amount with two decimals (a <c>decimal</c> in the description) by one drawn from the seed, keeping its sign.</summary>
    private static void VaryAmounts(JsonNode? node, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    if (obj[key] is JsonValue value && IsFraction(value, out var amount))
                    {
                        obj[key] = Math.Sign(amount) * random.Amount(1m, 2 * Math.Max(1m, Math.Abs(amount)));
                    }
                    else
                    {
                        VaryAmounts(obj[key], random);
                    }
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    VaryAmounts(element, random);
                }

                break;
        }
    }

    private static bool IsFraction(JsonValue value, out decimal amount)
    {
        amount = 0;
        return value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out amount)
            && amount != decimal.Truncate(amount);
    }
}
