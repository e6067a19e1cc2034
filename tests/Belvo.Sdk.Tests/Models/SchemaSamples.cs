using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Spec;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// Builds a JSON object for a schema from the examples the spec gives its properties, so that every documented
/// property of every covered schema is exercised, not only those the response examples happen to contain.
/// </summary>
internal static class SchemaSamples
{
    private const int MaxDepth = 12;

    /// <summary>A sample of <paramref name="schema"/>; <paramref name="key"/> names it when it is inline or flattened.</summary>
    public static JsonNode? Build(IOpenApiSchema schema, string? key = null) => Build(schema, 0, key, null);

    /// <param name="owner">The object schema being filled (its component name or key).</param>
    /// <param name="field">The field being filled, <c>Schema.wire_name</c>.</param>
    private static JsonNode? Build(IOpenApiSchema schema, int depth, string? owner, string? field)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("The schema nests deeper than any Belvo schema should.");
        }

        if (schema.SpecExample() is { } example && (schema.Type & ~JsonSchemaType.Null) is not (JsonSchemaType.Object or JsonSchemaType.Array)
            && !KnownSpecGaps.WrongPropertyExamples.ContainsKey(field ?? string.Empty))
        {
            // An explicit `example: null` is kept: for a DIAN-only schema that is the documented value.
            return JsonNullSentinel.IsJsonNullSentinel(example) ? null : SpecExamples.Repair(example);
        }

        if (schema.Alternatives() is { Count: > 0 } variants)
        {
            return Build(variants[0], depth + 1, owner, field);
        }

        if (schema.AllOf is { Count: > 0 })
        {
            return Build(SchemaFacts.Flatten(schema), depth + 1, schema.RefId() ?? owner, field);
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values.First(value => value is not null && !JsonNullSentinel.IsJsonNullSentinel(value))!.DeepClone();
        }

        return (schema.Type & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.Object when schema.Properties is { Count: > 0 } properties =>
                new JsonObject(properties.Select(pair => KeyValuePair.Create(pair.Key, Build(pair.Value, depth + 1, null, $"{schema.RefId() ?? owner}.{pair.Key}")))),
            JsonSchemaType.Object => new JsonObject { ["anything"] = "goes" },
            JsonSchemaType.Array => new JsonArray(schema.Items is null ? JsonValue.Create("item") : Build(schema.Items, depth + 1, null, field)),
            JsonSchemaType.Integer => JsonValue.Create(7),
            JsonSchemaType.Number => JsonValue.Create(12.34m),
            JsonSchemaType.Boolean => JsonValue.Create(true),
            _ => schema.Format switch
            {
                "date" => JsonValue.Create("2024-01-31"),
                "date-time" => JsonValue.Create("2024-01-31T10:15:00Z"),
                "uuid" => JsonValue.Create("0d3ffb69-f83b-456e-ad8e-208d0998d71d"),
                _ => JsonValue.Create("text"),
            },
        };
    }
}

/// <summary>Reads the OpenAPI 3.0 <c>example</c> keyword.</summary>
internal static class SchemaExampleExtensions
{
    /// <summary>The schema's <c>example</c>; Microsoft.OpenApi marks it obsolete in favour of 3.1's <c>examples</c>, which a 3.0 spec does not have.</summary>
#pragma warning disable CS0618
    public static JsonNode? SpecExample(this IOpenApiSchema schema) => schema.Example;
#pragma warning restore CS0618
}
