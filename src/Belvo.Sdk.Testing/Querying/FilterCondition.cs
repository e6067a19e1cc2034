using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;

namespace Belvo.Sdk.Testing.Querying;

/// <summary>One parsed filter (<c>amount__gte=100</c>) that tests a stored item.</summary>
internal sealed class FilterCondition
{
    private readonly FilterField field;
    private readonly Lookup lookup;
    private readonly IComparable[] values;

    private FilterCondition(FilterField field, Lookup lookup, IComparable[] values)
    {
        this.field = field;
        this.lookup = lookup;
        this.values = values;
    }

    /// <summary>Parses the raw query value for the field's kind; null when it does not parse.</summary>
    public static FilterCondition? Create(FilterField field, Lookup lookup, string raw)
    {
        var parts = lookup is Lookup.In or Lookup.NotIn or Lookup.AllIn or Lookup.Range
            ? raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [raw];
        if (lookup == Lookup.Range && parts.Length != 2)
        {
            return null;
        }

        var parsed = new IComparable[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var value = lookup == Lookup.IContains ? parts[i] : ParseValue(field.Kind, parts[i]);
            if (value is null)
            {
                return null;
            }

            parsed[i] = value;
        }

        return new FilterCondition(field, lookup, parsed);
    }

    public bool Matches(JsonObject item)
    {
        var node = Navigate(item);
        if (field.Kind == FieldKind.TextArray)
        {
            return MatchesArray(node as JsonArray);
        }

        var actual = node is null ? null : ReadValue(field.Kind, node);
        if (lookup == Lookup.NotIn)
        {
            return actual is null || !values.Any(v => Compare(actual, v) == 0);
        }

        if (actual is null)
        {
            return false;
        }

        return lookup switch
        {
            Lookup.Exact => Compare(actual, values[0]) == 0,
            Lookup.In => values.Any(v => Compare(actual, v) == 0),
            Lookup.Gt => Compare(actual, values[0]) > 0,
            Lookup.Gte => Compare(actual, values[0]) >= 0,
            Lookup.Lt => Compare(actual, values[0]) < 0,
            Lookup.Lte => Compare(actual, values[0]) <= 0,
            Lookup.Range => Compare(actual, values[0]) >= 0 && Compare(actual, values[1]) <= 0,
            Lookup.IContains => actual.ToString()!.Contains((string)values[0], StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private bool MatchesArray(JsonArray? array)
    {
        var present = array?.Select(n => n?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        return lookup switch
        {
            Lookup.AllIn => values.All(v => present.Contains((string)v)),
            Lookup.NotIn => !values.Any(v => present.Contains((string)v)),
            _ => values.Any(v => present.Contains((string)v)),
        };
    }

    private JsonNode? Navigate(JsonObject item)
    {
        JsonNode? node = item;
        foreach (var segment in field.Path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static int Compare(IComparable actual, IComparable expected) =>
        actual is string text ? string.CompareOrdinal(text, (string)expected) : actual.CompareTo(expected);

    private static IComparable? ParseValue(FieldKind kind, string raw) => kind switch
    {
        FieldKind.Number => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
        FieldKind.Date => Timestamps.TryParseInstant(raw, out var instant) ? DateOnly.FromDateTime(instant.UtcDateTime) : null,
        FieldKind.DateTime => Timestamps.TryParseInstant(raw, out var instant) ? instant : null,
        _ => raw,
    };

    private static IComparable? ReadValue(FieldKind kind, JsonNode node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var text = value.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        return kind == FieldKind.Text ? text : ParseValue(kind, text);
    }
}
