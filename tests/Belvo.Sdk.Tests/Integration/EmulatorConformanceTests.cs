using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Tests.Models;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>
/// The emulator (Belvo.Sdk.Testing) answers every operation of the SDK in the exact shapes of the description the SDK
/// is generated from: its item templates are the description's samples, and every operation, driven through the
/// public API against a running emulator, succeeds and leaves nothing unmapped in any model it returns.
/// </summary>
public sealed class EmulatorConformanceTests
{
    /// <summary>Set to 1 to rewrite the emulator's shapes file from the description instead of comparing.</summary>
    public const string UpdateShapesVariable = "BELVO_UPDATE_EMULATOR_SHAPES";

    private static readonly string ShapesFile = Path.Combine(BelvoSpec.RepositoryRoot, "src", "Belvo.Sdk.Testing", "Data", "spec-shapes.json");

    [Fact]
    public void The_emulator_item_templates_are_the_description_samples()
    {
        var expected = SpecShapeSamples.Render(SpecShapeSamples.Build());

        if (Environment.GetEnvironmentVariable(UpdateShapesVariable) == "1")
        {
            File.WriteAllText(ShapesFile, expected);
        }

        var committed = File.ReadAllText(ShapesFile).ReplaceLineEndings("\n");
        Assert.True(
            committed == expected,
            $"src/Belvo.Sdk.Testing/Data/spec-shapes.json is not the description's samples: run this test with {UpdateShapesVariable}=1, review the difference and adapt the emulator's generators.");
    }
}

/// <summary>
/// The emulator's item templates: for every item schema a covered operation answers (a list's results, a retrieval's
/// items, each variant of a union), one JSON object with every property the schema defines, filled from the
/// description's own examples. The emulator starts each item from its template and sets the values it generates, so
/// its answers have the description's shapes and its realistic values where it generates none.
/// </summary>
internal static class SpecShapeSamples
{
    private const int MaxDepth = 10;
    private const string SampleUuid = "0d3ffb69-f83b-456e-ad8e-208d0998d71d";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The templates, keyed by schema name in ordinal order.</summary>
    public static SortedDictionary<string, JsonNode> Build()
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, media) in BelvoSpec.CoveredResponses())
        {
            if (media.Schema is { } schema)
            {
                CollectItems(schema, roots);
            }
        }

        var shapes = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var id in roots)
        {
            shapes[id] = Sample(BelvoSpec.Schemas[id], 0) ?? new JsonObject();
        }

        return shapes;
    }

    /// <summary>The file's text: one object keyed by schema name, indented, with a final newline.</summary>
    public static string Render(SortedDictionary<string, JsonNode> shapes)
    {
        var root = new JsonObject();
        foreach (var (id, shape) in shapes)
        {
            root[id] = shape.DeepClone();
        }

        return root.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The named item schemas under a response: through arrays, pages' results and unions.</summary>
    private static void CollectItems(IOpenApiSchema schema, SortedSet<string> roots)
    {
        var id = (schema as OpenApiSchemaReference)?.Reference.Id;
        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            foreach (var variant in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
            {
                CollectItems(variant, roots);
            }
        }
        else if ((schema.Type & ~JsonSchemaType.Null) == JsonSchemaType.Array && schema.Items is { } items)
        {
            CollectItems(items, roots);
        }
        else if (schema.Properties is { } properties && properties.ContainsKey("results") && properties.ContainsKey("count"))
        {
            CollectItems(properties["results"], roots);
        }
        else if (id is not null && schema.Properties is { Count: > 0 })
        {
            roots.Add(id);
        }
    }

    private static JsonNode? Sample(IOpenApiSchema schema, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("The schema nests deeper than any Belvo schema should.");
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return Sample(oneOf[0], depth + 1);
        }

        if (schema.AnyOf is { Count: > 0 } anyOf)
        {
            return Sample(anyOf[0], depth + 1);
        }

        var example = Example(schema);
        var type = schema.Type & ~JsonSchemaType.Null;
        if (schema.AllOf is { Count: > 0 } || type == JsonSchemaType.Object || schema.Properties is { Count: > 0 })
        {
            var properties = Properties(schema);
            if (properties.Count == 0)
            {
                return example is JsonObject free ? free : new JsonObject();
            }

            return new JsonObject(properties.Select(pair => KeyValuePair.Create(pair.Key, Sample(pair.Value, depth + 1))));
        }

        if (type == JsonSchemaType.Array)
        {
            var items = schema.Items;
            var freeItems = items is null || ((items.Type & ~JsonSchemaType.Null) == JsonSchemaType.Object && Properties(items).Count == 0);
            if (freeItems && example is JsonArray { Count: > 0 } sampleItems)
            {
                return sampleItems;
            }

            return new JsonArray(items is null ? JsonValue.Create("item") : Sample(items, depth + 1));
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            var allowed = values.Where(value => value is not null && !JsonNullSentinel.IsJsonNullSentinel(value)).ToList();
            return allowed.FirstOrDefault(value => example is not null && JsonNode.DeepEquals(value, example))?.DeepClone() ?? allowed[0].DeepClone();
        }

        return Scalar(type, schema.Format, example, schema);
    }

    /// <summary>The properties of an object schema, its <c>allOf</c> parts' first.</summary>
    private static List<KeyValuePair<string, IOpenApiSchema>> Properties(IOpenApiSchema schema)
    {
        var merged = new List<KeyValuePair<string, IOpenApiSchema>>();
        foreach (var part in schema.AllOf ?? [])
        {
            merged.AddRange(Properties(part));
        }

        foreach (var pair in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            merged.RemoveAll(existing => existing.Key == pair.Key);
            merged.Add(pair);
        }

        return merged;
    }

    /// <summary>A scalar: the schema's example when it fits the type and format, otherwise a typed default.</summary>
    private static JsonNode? Scalar(JsonSchemaType? type, string? format, JsonNode? example, IOpenApiSchema schema)
    {
        if (example is null)
        {
            // An explicit `example: null` stays null; no example at all gets a typed default.
            if (HasNullExample(schema))
            {
                return null;
            }
        }

        var kind = example?.GetValueKind();
        var text = kind == JsonValueKind.String ? example!.GetValue<string>() : null;
        switch (type)
        {
            case JsonSchemaType.Integer:
                return kind == JsonValueKind.Number && example!.GetValue<decimal>() == decimal.Truncate(example.GetValue<decimal>())
                    ? example.DeepClone()
                    : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole) : JsonValue.Create(7);
            case JsonSchemaType.Number:
                return kind == JsonValueKind.Number
                    ? example!.DeepClone()
                    : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(12.34m);
            case JsonSchemaType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? example!.DeepClone() : JsonValue.Create(true);
        }

        text ??= kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? example!.ToJsonString() : null;
        return format switch
        {
            "uuid" => JsonValue.Create(text is not null && Guid.TryParse(RepairUuid(text), out var id) ? id.ToString() : SampleUuid),
            "date" => JsonValue.Create(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : "2024-01-31"),
            "date-time" => JsonValue.Create(text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) ? text : "2024-01-31T10:15:00Z"),
            _ => JsonValue.Create(text is null ? "text" : RepairUuid(text)),
        };
    }

    /// <summary>Belvo writes some example ids as a UUID followed by a stray <c>X</c>, which no answer contains.</summary>
    private static string RepairUuid(string text) =>
        text.Length == 37 && text[^1] == 'X' && Guid.TryParse(text[..^1], out _) ? text[..^1] : text;

    private static JsonNode? Example(IOpenApiSchema schema)
    {
#pragma warning disable CS0618 // OpenAPI 3.0's `example`; Microsoft.OpenApi prefers 3.1's `examples`, which a 3.0 description lacks.
        var example = schema.Example;
#pragma warning restore CS0618
        return example is null || JsonNullSentinel.IsJsonNullSentinel(example) ? null : example.DeepClone();
    }

    private static bool HasNullExample(IOpenApiSchema schema)
    {
#pragma warning disable CS0618
        return schema.Example is { } example && JsonNullSentinel.IsJsonNullSentinel(example);
#pragma warning restore CS0618
    }
}
