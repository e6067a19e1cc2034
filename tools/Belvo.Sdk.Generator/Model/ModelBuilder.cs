using Microsoft.OpenApi;
using Belvo.Sdk.Generator.Naming;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Generator.Model;

/// <summary>
/// Maps the schemas in <see cref="Scope"/> to C# types: objects to records, string enums to extensible enums,
/// <c>oneOf</c>s to unions, arrays to <c>IReadOnlyList&lt;T&gt;</c> and page wrappers to <c>BelvoPage&lt;T&gt;</c>.
/// Wrapper schemas (arrays, page wrappers, <c>oneOf</c> aliases) never become types of their own.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly Scope scope;
    private readonly Dictionary<string, TypeRef> bySchema = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeneratedType> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> inlineEnums = new(StringComparer.Ordinal);
    private readonly List<string> warnings = [];

    private readonly Func<SpecRoot, string?> nameInlineRoot;

    private ModelBuilder(Scope scope, Func<SpecRoot, string?> nameInlineRoot)
    {
        this.scope = scope;
        this.nameInlineRoot = nameInlineRoot;
    }

    /// <summary>Maps every schema in scope.</summary>
    /// <param name="document">The description.</param>
    /// <param name="nameInlineRoot">The name of a request or response body the description leaves unnamed (inline).</param>
    /// <param name="includeRoot">Whether a body is generated (false for one the overlay replaces with a hand-written type).</param>
    public static ModelSet Build(OpenApiDocument document, Func<SpecRoot, string?>? nameInlineRoot = null, Func<SpecRoot, bool>? includeRoot = null) =>
        new ModelBuilder(Scope.Collect(document, includeRoot), nameInlineRoot ?? (_ => null)).Run();

    private ModelSet Run()
    {
        var roots = scope.Roots
            .Select(root => KeyValuePair.Create(root, Resolve(root.Schema, root.Schema.RefId() is null ? nameInlineRoot(root) : null, root.Direction)))
            .ToList();

        var unresolved = scope.Usage.Keys.Where(id => !bySchema.ContainsKey(id)).ToList();
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException($"Reachable schemas were not mapped: {string.Join(", ", unresolved)}.");
        }

        foreach (var union in byName.Values.OfType<UnionModel>())
        {
            UnionAnalyzer.Complete(union, name => byName.GetValueOrDefault(name) as EnumModel);
        }

        foreach (var model in byName.Values.OfType<ObjectModel>().Where(model => model.UndefinedRequired.Count > 0))
        {
            warnings.Add($"{model.SchemaIds[0]} requires {string.Join(", ", model.UndefinedRequired)}, which it never defines; ignored.");
        }

        foreach (var type in byName.Values.OfType<ObjectModel>().Where(type => type.Direction == (Direction.Request | Direction.Response)))
        {
            warnings.Add($"{type.Name} is used in requests and responses; it is modelled leniently, like a response.");
        }

        return new ModelSet(
            [.. byName.Values.OrderBy(type => type.Name, StringComparer.Ordinal)],
            roots,
            bySchema.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
            [.. warnings.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Maps a schema; <paramref name="hint"/> names it when it is inline and needs a type of its own.</summary>
    private TypeRef Resolve(IOpenApiSchema schema, string? hint, Direction direction)
    {
        var id = schema.RefId();
        if (id is not null && bySchema.TryGetValue(id, out var known))
        {
            return known;
        }

        // A component schema travels the way Scope saw it travel anywhere; an inline one the way its parent does.
        var mapped = Classify(schema, id, hint, id is null ? direction : scope.DirectionOf(id));
        if (id is not null)
        {
            bySchema[id] = mapped;
        }

        return mapped;
    }

    private TypeRef Classify(IOpenApiSchema schema, string? id, string? hint, Direction direction)
    {
        var where = id ?? hint ?? "an inline root schema";
        if (schema.Alternatives().Count > 0)
        {
            return ResolveUnion(schema, hint, direction);
        }

        if (schema.AllOf is { Count: > 0 })
        {
            // Belvo composes objects (its page wrappers: common_pagination_properties + results) with allOf:
            // read it as the one object whose properties are all of its parts'.
            return Classify(SchemaFacts.Flatten(schema), id, hint, direction);
        }

        if (schema.IsEnum())
        {
            return ResolveEnum(schema, id, hint, direction);
        }

        return schema.CoreType() switch
        {
            JsonSchemaType.Array => TypeRef.ListOf(
                schema.Items is { } items ? Resolve(items, hint is null ? null : Identifiers.Singular(hint), direction) : TypeRef.JsonElement),
            JsonSchemaType.Object or null when schema.IsPage() => TypeRef.PageOf(
                Resolve(schema.Properties!["results"].Items!, hint, direction)),
            JsonSchemaType.Object or null when schema.HasProperties() => ResolveObject(schema, id, hint, direction),
            JsonSchemaType.Object => TypeRef.JsonElement,
            JsonSchemaType.String when schema.IsDate() => TypeRef.DateOnly,
            JsonSchemaType.String => schema.Format switch
            {
                "date-time" => TypeRef.DateTimeOffset,
                "uuid" => TypeRef.Guid,
                _ => TypeRef.String,
            },
            JsonSchemaType.Integer => schema.Format == "int64" ? TypeRef.Long : TypeRef.Int,
            JsonSchemaType.Number => TypeRef.Decimal,
            JsonSchemaType.Boolean => TypeRef.Bool,
            null => schema.Format == "string" ? TypeRef.String : TypeRef.JsonElement,
            var other => throw new NotSupportedException($"Schema type '{other}' is not supported ({where})."),
        };
    }

    private TypeRef ResolveObject(IOpenApiSchema schema, string? id, string? hint, Direction direction)
    {
        var name = id is null
            ? NameMap.InlineName(hint ?? throw new NotSupportedException("An inline object at the root of an operation needs a component schema."))
            : NameMap.TypeName(id, isEnum: false);
        if (byName.TryGetValue(name, out var sameName))
        {
            // Two bodies named alike (an inline {request_id} on two operations; the current description's unnamed
            // retrieval body and the older description's StandardRequest) are one type when they declare the same properties.
            var wanted = (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Keys.Order(StringComparer.Ordinal);
            if (sameName is ObjectModel existing && existing.Properties.Select(property => property.WireName).Order(StringComparer.Ordinal).SequenceEqual(wanted))
            {
                existing.Direction |= direction;
                WidenIdentifiers(existing, schema);
                if (id is not null)
                {
                    existing.SchemaIds.Add(id);
                    bySchema[id] = TypeRef.Record(name);
                }

                return TypeRef.Record(name);
            }
        }

        var model = new ObjectModel(name) { Description = schema.Description ?? schema.Title, Direction = direction };
        model.SchemaIds.Add(id ?? $"inline {name}");
        Register(model);
        var type = TypeRef.Record(name);
        if (id is not null)
        {
            bySchema[id] = type; // before the properties, so that a schema can refer to itself
        }

        var required = schema.Required ?? new HashSet<string>();
        foreach (var (wireName, property) in schema.Properties!)
        {
            var isRequired = required.Contains(wireName);
            var description = property.Description ?? property.Title;

            // Belvo always returns an item's own id (it is the key of every detail, delete and filter call); a
            // nullable id would force `!.Value` on every caller for a case that does not happen.
            var isOwnId = wireName == "id" && direction == Direction.Response && !property.AllowsNull();
            model.Properties.Add(new PropertyModel(
                wireName,
                NameMap.PropertyName(name, wireName),
                Resolve(property, name + Identifiers.Pascal(wireName), direction))
            {
                // Nullable unless required and not nullable, and not documented as "will return null" either; an own id never.
                Nullable = !isOwnId && (property.AllowsNull() || !isRequired || SchemaFacts.DocumentsNull(description)),
                Required = isRequired && direction == Direction.Request,
                Description = description,
                IsSecret = NameMap.IsSecret(name, wireName),
                SpecDefault = property.StringDefault(),
                Aliases = direction == Direction.Request ? [] : NameMap.AliasesOf(name, wireName),
            });
        }

        model.UndefinedRequired.AddRange(required.Where(name => !schema.Properties.ContainsKey(name)).Order(StringComparer.Ordinal));
        return type;
    }

    /// <summary>
    /// Where two same-named bodies disagree on an identifier (the link deletion's <c>request_id</c> is a uuid, the
    /// refresh's is a 32-digit hex string in its own example), the merged property is the plain string both fit in.
    /// </summary>
    private static void WidenIdentifiers(ObjectModel existing, IOpenApiSchema schema)
    {
        for (var index = 0; index < existing.Properties.Count; index++)
        {
            var property = existing.Properties[index];
            if (property.Type == TypeRef.Guid
                && schema.Properties!.TryGetValue(property.WireName, out var other)
                && other.CoreType() == JsonSchemaType.String
                && other.Format != "uuid")
            {
                existing.Properties[index] = property with { Type = TypeRef.String, Description = other.Description ?? property.Description };
            }
        }
    }

    private TypeRef ResolveEnum(IOpenApiSchema schema, string? id, string? hint, Direction direction)
    {
        var where = id ?? hint ?? "an inline root schema";
        if (schema.CoreType() == JsonSchemaType.Integer)
        {
            // A numeric code (Belvo's exchange event types are 1-6 and 9): read as the number, documented where it is used.
            return schema.Format == "int64" ? TypeRef.Long : TypeRef.Int;
        }

        if (schema.CoreType() != JsonSchemaType.String)
        {
            throw new NotSupportedException($"Only string and integer enums are supported ({where}).");
        }

        var values = schema.EnumValues();
        var valuesKey = string.Join('\u001f', values.Order(StringComparer.Ordinal));
        if (id is null && inlineEnums.TryGetValue(valuesKey, out var same))
        {
            same.Direction |= direction;
            return TypeRef.Enum(same.Name);
        }

        var name = id is null
            ? NameMap.InlineName(hint ?? throw new NotSupportedException("An inline enum at the root of an operation needs a component schema."))
            : NameMap.TypeName(id, isEnum: true);
        if (byName.TryGetValue(name, out var existing))
        {
            if (existing is not EnumModel merged || !merged.Values.Order(StringComparer.Ordinal).SequenceEqual(values.Order(StringComparer.Ordinal)))
            {
                throw new InvalidOperationException($"'{where}' maps to {name}, which already exists with other members.");
            }

            merged.SchemaIds.Add(id ?? hint!);
            merged.Direction |= direction;
            return TypeRef.Enum(name);
        }

        var model = new EnumModel(name, values) { Description = schema.Description ?? schema.Title, Direction = direction };
        model.SchemaIds.Add(id ?? hint!);
        Register(model);
        if (id is null)
        {
            inlineEnums[valuesKey] = model;
        }

        return TypeRef.Enum(name);
    }

    private TypeRef ResolveUnion(IOpenApiSchema schema, string? hint, Direction direction)
    {
        var alternatives = schema.Alternatives().Select(alternative => Resolve(alternative, hint: null, direction)).ToList();
        if (alternatives.All(alternative => alternative.Kind == TypeKind.Page))
        {
            // A oneOf of page wrappers is one page whose items are the union of their items.
            return TypeRef.PageOf(UnionOf([.. alternatives.Select(page => page.Item!)], direction));
        }

        return UnionOf(alternatives, direction);
    }

    private TypeRef UnionOf(IReadOnlyList<TypeRef> alternatives, Direction direction)
    {
        var variants = alternatives
            .Select(alternative => byName.GetValueOrDefault(alternative.Name) as ObjectModel
                ?? throw new NotSupportedException($"A union of {alternative} is not supported; variants must be object schemas."))
            .ToList();
        var union = NameMap.Union(variants.Select(variant => variant.SchemaIds.Single()));
        if (byName.TryGetValue(union.Name, out var known))
        {
            // The same union again, or part of it (Belvo's owners resume lists two of the three owner shapes).
            return known is UnionModel existing && variants.All(variant => existing.Variants.Contains(variant))
                ? TypeRef.Record(union.Name)
                : throw new InvalidOperationException($"{union.Name} is already a type that is not a union of {string.Join(", ", variants.Select(variant => variant.Name))}.");
        }

        var ordered = union.VariantSchemas
            .Select(schemaId => variants.Single(variant => variant.SchemaIds.Contains(schemaId)))
            .ToList();
        var model = new UnionModel(union.Name, union.Summary, ordered)
        {
            Direction = ordered.Aggregate(direction, (all, variant) => all | variant.Direction),
        };
        foreach (var variant in ordered)
        {
            if (variant.Union is not null)
            {
                throw new NotSupportedException($"{variant.Name} is a variant of both {variant.Union.Name} and {model.Name}.");
            }

            variant.Union = model;
        }

        Register(model);
        return TypeRef.Record(model.Name);
    }

    private void Register(GeneratedType type)
    {
        if (!byName.TryAdd(type.Name, type))
        {
            throw new InvalidOperationException(
                $"Two schemas map to the type name {type.Name} ({string.Join(", ", byName[type.Name].SchemaIds)} and {string.Join(", ", type.SchemaIds)}).");
        }
    }
}
