using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Naming;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// Compares the JSON Belvo sent with what the SDK writes back, ignoring only differences of spelling: nulls the
/// SDK omits, numbers written differently (<c>1.0</c>/<c>1</c>, <c>"12"</c>/<c>12</c>), flags sent as <c>0</c>/<c>1</c>
/// and written as <c>false</c>/<c>true</c>, timestamps written in another offset format or cut to the date for fields
/// the spec documents as dates, and a field sent under another name it has (<c>regimens</c>) written under its
/// documented one (<c>regimes</c>; NameMap's aliases).
/// </summary>
internal static class JsonEquivalence
{
    private static readonly Dictionary<string, string> Aliases =
        NameMap.AllAliases.ToDictionary(alias => alias.Alias, alias => alias.WireName, StringComparer.Ordinal);

    /// <summary>Paths of values in <paramref name="original"/> that <paramref name="written"/> lost or changed.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? original, JsonNode? written)
    {
        var differences = new List<string>();
        Compare(original, written, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? original, JsonNode? written, string path, List<string> differences)
    {
        switch (original)
        {
            case null:
                return; // the SDK omits nulls when writing
            case JsonObject expected when written is JsonObject actual:
                foreach (var (name, value) in expected)
                {
                    var writtenName = !actual.ContainsKey(name) && Aliases.TryGetValue(name, out var documented) ? documented : name;
                    Compare(value, actual[writtenName], $"{path}.{name}", differences);
                }

                return;
            case JsonArray expected when written is JsonArray actual && actual.Count == expected.Count:
                for (var index = 0; index < expected.Count; index++)
                {
                    Compare(expected[index], actual[index], $"{path}[{index}]", differences);
                }

                return;
            case JsonValue expected when written is JsonValue actual && SameValue(expected, actual):
                return;
            default:
                differences.Add($"{path}: {original.ToJsonString()} became {written?.ToJsonString() ?? "nothing"}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return true;
        }

        if (expected.GetValueKind() == JsonValueKind.Number && actual.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return expected.ToJsonString() == (actual.GetValueKind() == JsonValueKind.True ? "1" : "0");
        }

        var expectedText = Text(expected);
        var actualText = Text(actual);
        if (decimal.TryParse(expectedText, NumberStyles.Float, CultureInfo.InvariantCulture, out var expectedNumber)
            && decimal.TryParse(actualText, NumberStyles.Float, CultureInfo.InvariantCulture, out var actualNumber))
        {
            return expectedNumber == actualNumber;
        }

        if (DateTimeOffset.TryParse(expectedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expectedTime)
            && DateTimeOffset.TryParse(actualText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var actualTime))
        {
            return expectedTime == actualTime || (actualText.Length == 10 && expectedTime.Date == actualTime.Date);
        }

        return false;
    }

    private static string Text(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
