using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Generator.Spec;

/// <summary>Questions the generator asks about a schema, answered the same way everywhere.</summary>
internal static partial class SchemaFacts
{
    /// <summary>The component name when the schema is a <c>$ref</c>, otherwise <see langword="null"/>.</summary>
    public static string? RefId(this IOpenApiSchema schema) => (schema as OpenApiSchemaReference)?.Reference.Id;

    /// <summary>The declared type without the <c>null</c> flag that <c>nullable: true</c> becomes.</summary>
    public static JsonSchemaType? CoreType(this IOpenApiSchema schema)
    {
        var type = schema.Type & ~JsonSchemaType.Null;
        return type is null or 0 ? null : type;
    }

    /// <summary>
    /// Whether JSON <c>null</c> is a legal value: <c>nullable: true</c>, <c>null</c> in the enum list, or the string
    /// <c>"null"</c> there, which Belvo's 1.223.0 writes in four enums where it means the value null (an employment
    /// metric's <c>current_status</c> is required, not nullable, and lists <c>"null"</c>). The string itself stays a
    /// member, so both JSON <c>null</c> and <c>"null"</c> read.
    /// </summary>
    public static bool AllowsNull(this IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || (schema.Enum?.Any(value => IsNull(value) || IsNullString(value)) ?? false);

    /// <summary>An <c>allOf</c> as one object schema: every part's properties and required names, the first description.</summary>
    public static IOpenApiSchema Flatten(IOpenApiSchema schema)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (schema.AllOf ?? []).Prepend(schema))
        {
            var source = ReferenceEquals(part, schema) ? part : (part.AllOf is { Count: > 0 } ? Flatten(part) : part);
            foreach (var (name, property) in source.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                properties[name] = property;
            }

            foreach (var name in source.Required ?? new HashSet<string>())
            {
                required.Add(name);
            }
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Title = schema.Title,
            Description = schema.Description ?? schema.AllOf!.Select(part => part.Description).FirstOrDefault(text => text is not null),
            Properties = properties,
            Required = required,
        };
    }

    public static bool IsEnum(this IOpenApiSchema schema) => schema.Enum is { Count: > 0 };

    /// <summary>The enum values other than <c>null</c>, as the strings Belvo sends.</summary>
    public static IReadOnlyList<string> EnumValues(this IOpenApiSchema schema) =>
        [.. (schema.Enum ?? []).Where(value => !IsNull(value)).Select(AsString)];

    /// <summary>The <c>oneOf</c> or <c>anyOf</c> alternatives; empty when the schema is not a union.</summary>
    public static IReadOnlyList<IOpenApiSchema> Alternatives(this IOpenApiSchema schema) =>
        schema.OneOf is { Count: > 0 } oneOf ? [.. oneOf] : schema.AnyOf is { Count: > 0 } anyOf ? [.. anyOf] : [];

    public static bool HasProperties(this IOpenApiSchema schema) => schema.Properties is { Count: > 0 };

    /// <summary>Whether the schema is Belvo's page wrapper: <c>count</c>, <c>next</c>, <c>previous</c> and a <c>results</c> array.</summary>
    public static bool IsPage(this IOpenApiSchema schema) =>
        schema.Properties is { } properties
        && properties.Count == 4
        && properties.ContainsKey("count")
        && properties.ContainsKey("next")
        && properties.ContainsKey("previous")
        && properties.TryGetValue("results", out var results)
        && results.CoreType() == JsonSchemaType.Array;

    /// <summary>A string <c>default</c>, or <see langword="null"/> when there is none or it is not a string.</summary>
    public static string? StringDefault(this IOpenApiSchema schema) =>
        schema.Default is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>
    /// Whether a description says the field "is not applicable … and will return <c>null</c>", which Belvo writes
    /// on fields whose schema still calls them required and non-nullable.
    /// </summary>
    public static bool DocumentsNull(string? description) => description is not null && NotApplicable().IsMatch(description);

    /// <summary>
    /// Whether a string is a calendar date: <c>format: date</c>, or (where Belvo left the format out) the
    /// <c>[0-9]{4}-[0-9]{2}-[0-9]{2}</c> pattern, or a description saying <c>YYYY-MM-DD</c> backed by an example
    /// that is one (<c>payment_day</c> says <c>YYYY-MM-DD</c> but is a day of the month, example <c>'27'</c>).
    /// </summary>
    public static bool IsDate(this IOpenApiSchema schema)
    {
        if (schema.Format == "date")
        {
            return true;
        }

        if (schema.Format is not null)
        {
            return false;
        }

        return schema.Pattern == "[0-9]{4}-[0-9]{2}-[0-9]{2}"
            || ((schema.Description?.Contains("`YYYY-MM-DD`", StringComparison.Ordinal) ?? false) && ExampleIsDate(schema));
    }

    private static bool ExampleIsDate(IOpenApiSchema schema)
    {
#pragma warning disable CS0618 // OpenAPI 3.0 has only `example`; Microsoft.OpenApi marks it obsolete for 3.1's `examples`.
        var example = schema.Example;
#pragma warning restore CS0618
        return example is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    private static bool IsNull(JsonNode? value) => value is null || JsonNullSentinel.IsJsonNullSentinel(value);

    private static bool IsNullString(JsonNode? value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String && scalar.GetValue<string>() == "null";

    private static string AsString(JsonNode? value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String
            ? scalar.GetValue<string>()
            : value!.ToJsonString();

    [GeneratedRegex("not applicable.*return `?null", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NotApplicable();
}
