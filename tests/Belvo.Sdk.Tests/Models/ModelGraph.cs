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

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// The properties anywhere in the graph that hold <see langword="null"/> although their C# type says they cannot
    /// (<c>Type.Property</c>): a required response field Belvo sent as null, read into a non-nullable property.
    /// </summary>
    public static IReadOnlyList<string> NullsInNonNullableProperties(object? value)
    {
        var found = new List<string>();
        CollectNulls(value, found);
        return found;
    }

    private static void CollectNulls(object? value, List<string> found)
    {
        if (value is null || value.GetType().IsValueType || value is string)
        {
            return;
        }

        if (value is IEnumerable items && value.GetType().Namespace?.StartsWith("Belvo.Sdk", StringComparison.Ordinal) != true)
        {
            foreach (var item in items)
            {
                CollectNulls(item, found);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "AdditionalProperties")
            {
                continue;
            }

            var child = property.GetValue(value);
            if (child is null && !property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.NotNull)
            {
                found.Add($"{value.GetType().Name}.{property.Name}");
            }

            CollectNulls(child, found);
        }
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
