using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Spec;
using Belvo.Sdk.Models;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>An object schema reached from a root, with the C# type the SDK reads it into.</summary>
/// <param name="Key">The component schema's name, or <c>inline {CSharpType}</c> for a schema written in place.</param>
/// <param name="Schema">The schema, an <c>allOf</c> flattened into one object.</param>
/// <param name="Type">The C# record.</param>
/// <param name="Location">Where the walk first met it (<c>GET /api/accounts/ 200.results[].balance</c>).</param>
internal sealed record ObjectNode(string Key, IOpenApiSchema Schema, Type Type, string Location)
{
    public Direction Direction { get; set; }
}

/// <summary>A string (or integer) enum schema reached from a root, with the C# type it reads into.</summary>
internal sealed record EnumNode(string Key, IOpenApiSchema Schema, Type Type, string Location);

/// <summary>
/// One documented property of one object schema (<c>Account.balance</c> is one field wherever accounts appear),
/// and whether the SDK types it: a C# property with that wire name, a type that holds what the spec documents,
/// and <c>?</c> when the spec says the value can be null.
/// </summary>
internal sealed record SpecField(string Schema, string WireName, string Location, string? Problem)
{
    public string Name => $"{Schema}.{WireName}";

    public bool Typed => Problem is null;
}

/// <summary>
/// Walks the spec from the roots (request bodies and 2xx responses) side by side with the C# types the generator
/// gave those roots, and checks each step by reflection on the compiled SDK: a page wrapper must be a
/// <see cref="BelvoPage{T}"/>, an array an <see cref="IReadOnlyList{T}"/>, a <c>oneOf</c> a base record whose
/// variants the converter knows, an object a record with one property per documented field, a string enum an
/// extensible enum. Only the roots' types and the union variants' types are taken from the generator; everything
/// below them is found here.
/// </summary>
internal sealed class SpecWalk
{
    private static readonly NullabilityInfoContext Nullability = new();

    private readonly Dictionary<string, ObjectNode> objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumNode> enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpecField> fields = new(StringComparer.Ordinal);
    private readonly List<string> shapeProblems = [];
    private readonly HashSet<(string Key, Direction Direction)> walked = [];

    private SpecWalk()
    {
    }

    /// <summary>Every object schema met, once each, by key.</summary>
    public IReadOnlyDictionary<string, ObjectNode> Objects => objects;

    /// <summary>Every enum schema met, once each, by key.</summary>
    public IReadOnlyDictionary<string, EnumNode> Enums => enums;

    /// <summary>Every documented property of every object schema met, by <c>Schema.wire_name</c>.</summary>
    public IReadOnlyDictionary<string, SpecField> Fields => fields;

    /// <summary>Places where the C# type cannot hold the spec's shape at all (a list where an object is documented…).</summary>
    public IReadOnlyList<string> ShapeProblems => shapeProblems;

    public static SpecWalk Of(IEnumerable<(SpecRoot Root, Type Type)> roots)
    {
        var walk = new SpecWalk();
        foreach (var (root, type) in roots)
        {
            walk.Visit(root.Schema, type, root.ToString(), root.Direction);
        }

        return walk;
    }

    private void Visit(IOpenApiSchema schema, Type type, string location, Direction direction)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsAbstract && VariantOf(schema, type) is { } variant)
        {
            // The items of one page of a oneOf of pages: each page's items are one variant of the union.
            type = variant;
        }

        if (schema.Alternatives().Count > 0)
        {
            VisitUnion(schema, type, location, direction);
            return;
        }

        var id = schema.RefId();
        if (schema.AllOf is { Count: > 0 })
        {
            schema = SchemaFacts.Flatten(schema);
        }

        if (schema.IsEnum())
        {
            VisitEnum(schema, id, type, location);
            return;
        }

        switch (schema.CoreType())
        {
            case JsonSchemaType.Array:
                if (ItemOf(type, typeof(IReadOnlyList<>)) is not { } element)
                {
                    shapeProblems.Add($"{location}: an array is documented but the SDK reads {type.Name}.");
                    return;
                }

                if (schema.Items is { } items)
                {
                    Visit(items, element, location + "[]", direction);
                }

                return;
            case JsonSchemaType.Object or null when schema.IsPage():
                if (ItemOf(type, typeof(BelvoPage<>)) is not { } item)
                {
                    shapeProblems.Add($"{location}: a page is documented but the SDK reads {type.Name}.");
                    return;
                }

                Visit(schema.Properties!["results"].Items!, item, location + ".results[]", direction);
                return;
            case JsonSchemaType.Object or null when schema.HasProperties():
                VisitObject(schema, id ?? $"inline {type.Name}", type, location, direction);
                return;
            default:
                return; // scalars are checked where they are a property (SpecField), roots are objects or lists
        }
    }

    private void VisitUnion(IOpenApiSchema schema, Type type, string location, Direction direction)
    {
        foreach (var alternative in schema.Alternatives())
        {
            if (alternative.IsPage() || (alternative.AllOf is { Count: > 0 } && SchemaFacts.Flatten(alternative).IsPage()))
            {
                Visit(alternative, type, location, direction); // a oneOf of pages is one page of the union
                continue;
            }

            if (VariantOf(alternative, type) is not { } variant)
            {
                shapeProblems.Add($"{location}: the alternative {alternative.RefId() ?? "(inline)"} is not a variant of {type.Name}.");
                continue;
            }

            Visit(alternative, variant, location, direction);
        }
    }

    private void VisitEnum(IOpenApiSchema schema, string? id, Type type, string location)
    {
        var key = id ?? $"inline {type.Name}";
        if (schema.CoreType() == JsonSchemaType.Integer ? type != typeof(int) && type != typeof(long) : !IsExtensibleEnum(type))
        {
            shapeProblems.Add($"{location}: the enum {key} is read as {type.Name}.");
            return;
        }

        enums.TryAdd(key, new EnumNode(key, schema, type, location));
    }

    private void VisitObject(IOpenApiSchema schema, string key, Type type, string location, Direction direction)
    {
        if (!type.IsClass || type.IsAbstract || type.Namespace != typeof(Link).Namespace)
        {
            shapeProblems.Add($"{location}: the object {key} is read as {type.Name}, not a generated record.");
            return;
        }

        if (!objects.TryGetValue(key, out var node))
        {
            objects[key] = node = new ObjectNode(key, schema, type, location);
        }
        else if (node.Type != type)
        {
            shapeProblems.Add($"{location}: {key} is read as {type.Name} here but as {node.Type.Name} at {node.Location}.");
            return;
        }

        node.Direction |= direction;
        if (!walked.Add((key, direction)))
        {
            return;
        }

        var properties = WireProperties(type);
        foreach (var (wireName, property) in schema.Properties!)
        {
            var where = $"{location}.{wireName}";
            if (!properties.TryGetValue(wireName, out var clr))
            {
                AddField(key, wireName, where, $"no C# property on {type.Name}");
                continue;
            }

            AddField(key, wireName, where, Mismatch(property, clr));
            Visit(property, clr.PropertyType, where, direction);
        }
    }

    private void AddField(string schema, string wireName, string location, string? problem) =>
        fields.TryAdd($"{schema}.{wireName}", new SpecField(schema, wireName, location, problem));

    /// <summary>Why the C# property cannot hold every value the spec documents, or <see langword="null"/> when it can.</summary>
    private static string? Mismatch(IOpenApiSchema schema, PropertyInfo property)
    {
        var type = property.PropertyType;
        var core = Nullable.GetUnderlyingType(type) ?? type;
        var expected = Expected(schema);
        if (expected is not null && !expected.Contains(core))
        {
            return $"documented as {Describe(schema)} but typed {core.Name}";
        }

        if (AllowsNull(schema) && !IsNullable(property))
        {
            return $"documented as nullable but typed non-nullable {core.Name}";
        }

        return null;
    }

    /// <summary>The C# types that hold a scalar schema's values; <see langword="null"/> for composite schemas (walked instead).</summary>
    private static Type[]? Expected(IOpenApiSchema schema)
    {
        if (schema.Alternatives().Count > 0 || schema.AllOf is { Count: > 0 })
        {
            return null;
        }

        if (schema.IsEnum())
        {
            return null; // VisitEnum checks the kind
        }

        return schema.CoreType() switch
        {
            JsonSchemaType.String when schema.Format == "date" => [typeof(DateOnly)],
            JsonSchemaType.String when schema.Format == "date-time" => [typeof(DateTimeOffset)],
            JsonSchemaType.String when schema.Format == "uuid" => [typeof(Guid)],

            // A string Belvo documents as `YYYY-MM-DD` without the format is a date too (docs/generator.md, Types).
            JsonSchemaType.String when schema.IsDate() => [typeof(DateOnly), typeof(string)],
            JsonSchemaType.String => [typeof(string)],
            JsonSchemaType.Integer when schema.Format == "int64" => [typeof(long)],
            JsonSchemaType.Integer => [typeof(int), typeof(long)],
            JsonSchemaType.Number => [typeof(decimal)],
            JsonSchemaType.Boolean => [typeof(bool)],
            JsonSchemaType.Object when !schema.HasProperties() => [typeof(JsonElement)],
            null when !schema.HasProperties() => [typeof(JsonElement), typeof(string)],
            _ => null,
        };
    }

    /// <summary>
    /// Whether JSON <c>null</c> is a documented value: <c>nullable: true</c>, <c>null</c> in the enum list, or the string
    /// <c>"null"</c> there (1.223.0 writes it so in four enums, meaning the value null; belvo-api-current.md §5).
    /// </summary>
    public static bool AllowsNull(IOpenApiSchema schema) =>
        schema.AllowsNull() || schema.Enum?.Any(value => value?.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == "null") == true;

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : Nullability.Create(property).ReadState == NullabilityState.Nullable;

    private static string Describe(IOpenApiSchema schema) =>
        $"{schema.CoreType()?.ToString().ToLowerInvariant() ?? "untyped"}{(schema.Format is null ? string.Empty : $" ({schema.Format})")}";

    /// <summary>The public properties of a record by wire name, inherited ones (a union base's) included.</summary>
    public static Dictionary<string, PropertyInfo> WireProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => (Property: property, Name: property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(pair => pair.Name is not null)
            .ToDictionary(pair => pair.Name!, pair => pair.Property, StringComparer.Ordinal);

    public static bool IsExtensibleEnum(Type type) =>
        type.IsValueType && type.GetInterfaces().Any(candidate => candidate.IsGenericType
            && candidate.GetGenericTypeDefinition() == typeof(IExtensibleEnumeration<>));

    /// <summary>The C# variant of the union <paramref name="union"/> that a component schema maps to, if it is one.</summary>
    private static Type? VariantOf(IOpenApiSchema schema, Type union) =>
        union.IsAbstract && schema.RefId() is { } id && BelvoSpec.Models.SchemaTypes.TryGetValue(id, out var mapped)
            && mapped.Kind == TypeKind.Record && BelvoSpec.ClrType(mapped) is var variant && variant != union && union.IsAssignableFrom(variant)
            ? variant
            : null;

    private static Type? ItemOf(Type type, Type generic) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic ? type.GetGenericArguments()[0] : null;
}
