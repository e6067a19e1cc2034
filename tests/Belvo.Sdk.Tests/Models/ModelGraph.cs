using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Walks a deserialized model graph by reflection.</summary>
internal static class ModelGraph
{
    /// <summary>
    /// The fields that ended up in an <c>AdditionalProperties</c> bag anywhere in the graph, as
    /// <c>Type.wire_name</c>: each one is a documented or sent field the generated types failed to map.
    /// </summary>
    public static IReadOnlyList<string> UnmappedFields(object? value)
    {
        var found = new List<string>();
        Collect(value, found);
        return found;
    }

    private static void Collect(object? value, List<string> found)
    {
        if (value is null || value.GetType().IsValueType || value is string)
        {
            return;
        }

        if (value is IEnumerable items && value.GetType().Namespace?.StartsWith("Belvo.Sdk", StringComparison.Ordinal) != true)
        {
            foreach (var item in items)
            {
                Collect(item, found);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = property.GetValue(value);
            if (property.Name == "AdditionalProperties")
            {
                var extra = (Dictionary<string, JsonElement>?)child;
                found.AddRange((extra ?? []).Keys.Select(key => $"{value.GetType().Name}.{key}"));
            }
            else
            {
                Collect(child, found);
            }
        }
    }
}
