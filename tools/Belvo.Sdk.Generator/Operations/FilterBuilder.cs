using Microsoft.OpenApi;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Naming;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>
/// Turns a list operation's query parameters into typed filters. Belvo's lookups are grouped: <c>x</c> with
/// <c>x__gt</c>, <c>x__gte</c>, <c>x__lt</c>, <c>x__lte</c> and <c>x__range</c> become one <c>ComparisonFilter&lt;T&gt;</c>;
/// <c>x__in</c> a list. A parameter's declared <c>format</c> (<c>date</c>, <c>date-time</c>, <c>uuid</c>) gives its type:
/// Belvo filters <c>created_at</c> by date (<c>YYYY-MM-DD</c>) although the field is a timestamp. Otherwise (the spec
/// types most query parameters as plain strings, and <c>collected_at</c> is declared a date but documented as taking a
/// full timestamp too) a filter's type is read from the item model (<c>balance__available</c> is the account's
/// <c>balance.available</c>, a <c>decimal</c>), with identifiers as <see cref="Guid"/>; the overlay overrides both.
/// </summary>
internal static class FilterBuilder
{
    private static readonly HashSet<string> Paging = new(StringComparer.Ordinal) { "page", "page_size", "fields", "omit" };

    private static readonly string[] ComparisonLookups = ["__gt", "__gte", "__lt", "__lte", "__range"];

    private static readonly (string Suffix, string NameSuffix)[] ListLookups =
        [("__not_in", "NotIn"), ("__allin", "All"), ("__in", "In")];

    private static readonly HashSet<string> IdentifierNames = new(StringComparer.Ordinal) { "id", "link", "account", "created_by" };

    public static IReadOnlyList<FilterModel> Build(
        OpenApiOperation operation, TypeRef item, ModelSet models, IReadOnlyDictionary<string, FilterOverlay>? overlays)
    {
        var parameters = (operation.Parameters ?? [])
            .Where(parameter => parameter.In == ParameterLocation.Query && parameter.Name is not null && !Paging.Contains(parameter.Name))
            .ToList();
        overlays ??= new Dictionary<string, FilterOverlay>();
        var filters = new List<FilterModel>();
        var byBase = new Dictionary<string, List<(string Lookup, IOpenApiParameter Parameter)>>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var name = parameter.Name!;
            if (overlays.TryGetValue(name, out var direct) && direct.Send is not null)
            {
                // A parameter the overlay sends under several names (a spec typo beside the real name).
                filters.Add(new FilterModel(
                    direct.Name ?? Identifiers.Pascal(name),
                    FilterKind.List,
                    TypeOf(direct.Type, direct.Item) ?? TypeRef.String,
                    direct.Send,
                    parameter.Description,
                    [],
                    parameter.Required));
                continue;
            }

            var list = ListLookups.FirstOrDefault(lookup => name.EndsWith(lookup.Suffix, StringComparison.Ordinal));
            if (list.Suffix is not null)
            {
                var listBase = name[..^list.Suffix.Length];
                var overlay = overlays.GetValueOrDefault(name) ?? overlays.GetValueOrDefault(listBase);
                var baseName = overlays.GetValueOrDefault(listBase)?.Name ?? Identifiers.Pascal(listBase);
                filters.Add(new FilterModel(
                    overlays.GetValueOrDefault(name)?.Name ?? baseName + list.NameSuffix,
                    FilterKind.List,
                    TypeOf(overlay?.Item ?? overlay?.Type, null) ?? Declared([parameter]) ?? Infer(listBase, item, models),
                    [name],
                    parameter.Description,
                    [],
                    overlay?.Required ?? parameter.Required));
                continue;
            }

            var lookup = ComparisonLookups.FirstOrDefault(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) ?? string.Empty;
            var key = name[..^lookup.Length];
            if (!byBase.TryGetValue(key, out var group))
            {
                byBase[key] = group = [];
            }

            group.Add((lookup, parameter));
        }

        foreach (var (baseName, group) in byBase)
        {
            var overlay = overlays.GetValueOrDefault(baseName);
            var isContains = baseName.EndsWith("__icontains", StringComparison.Ordinal);
            var field = isContains ? baseName[..^"__icontains".Length] : baseName;
            var name = overlay?.Name ?? Identifiers.Pascal(field) + (isContains ? "Contains" : string.Empty);
            var type = TypeOf(overlay?.Type, null)
                ?? (isContains ? TypeRef.String : Declared([.. group.Select(entry => entry.Parameter)]) ?? Infer(field, item, models));
            var description = group.Select(entry => entry.Parameter.Description).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
            var required = overlay?.Required ?? group.Any(entry => entry.Parameter.Required);
            var lookups = group.Select(entry => entry.Lookup).ToList();
            if (lookups.Any(lookup => lookup.Length > 0))
            {
                if (!type.IsValueType)
                {
                    throw new InvalidDataException(
                        $"The filter {baseName} of {item.Name} takes comparisons but its type could not be inferred (found {type}); give it a type in spec/operations.yaml.");
                }

                filters.Add(new FilterModel(name, FilterKind.Comparison, type, [baseName], description, lookups, required));
            }
            else
            {
                filters.Add(new FilterModel(name, FilterKind.Value, type, [baseName], description, [string.Empty], required));
            }
        }

        var clash = filters.GroupBy(filter => filter.Name).FirstOrDefault(names => names.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidDataException($"Two filters are named {clash.Key}; rename one in spec/operations.yaml.");
        }

        return [.. filters.OrderBy(filter => filter.Name, StringComparer.Ordinal)];
    }

    private static TypeRef? TypeOf(string? type, string? item) => (item ?? type) switch
    {
        null => null,
        "string" => TypeRef.String,
        "int" => TypeRef.Int,
        "decimal" => TypeRef.Decimal,
        "guid" => TypeRef.Guid,
        "date" => TypeRef.DateOnly,
        "date-time" => TypeRef.DateTimeOffset,
        "bool" => TypeRef.Bool,
        var other => throw new InvalidDataException($"Unknown filter type '{other}' in spec/operations.yaml."),
    };

    /// <summary>
    /// The type the parameters' schemas declare by their <c>format</c> (an array's items for <c>__in</c> and
    /// <c>__range</c>), when every one of them declares the same; <see langword="null"/> otherwise, and for a date
    /// whose description says it takes a full <c>ISO-8601</c> timestamp as well (the narrower type would lose that).
    /// </summary>
    private static TypeRef? Declared(IReadOnlyList<IOpenApiParameter> parameters)
    {
        if (parameters.Any(parameter => parameter.Description?.Contains("ISO-8601", StringComparison.Ordinal) == true))
        {
            return null;
        }

        var formats = parameters
            .Select(parameter => parameter.Schema is { } schema ? (schema.Items ?? schema).Format : null)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return formats is [var format] ? format switch
        {
            "date" => TypeRef.DateOnly,
            "date-time" => TypeRef.DateTimeOffset,
            "uuid" => TypeRef.Guid,
            _ => null,
        }
        : null;
    }

    /// <summary>Reads a filter's type from the item model by following its <c>__</c>-separated path.</summary>
    private static TypeRef Infer(string path, TypeRef item, ModelSet models)
    {
        var segments = path.Split("__");
        if (IdentifierNames.Contains(segments[^1]) || segments[^1].EndsWith("_id", StringComparison.Ordinal) && segments[^1] != "external_id" && segments[^1] != "institution_user_id")
        {
            return TypeRef.Guid;
        }

        var current = item;
        foreach (var segment in segments)
        {
            var property = PropertiesOf(current, models).FirstOrDefault(candidate => candidate.WireName == segment);
            if (property is null)
            {
                // Not on the item (the spec documents filters on fields some items do not show): Belvo's own naming
                // rule, `…_at` for timestamps, is all there is to go by.
                return segment.EndsWith("_at", StringComparison.Ordinal) ? TypeRef.DateTimeOffset : TypeRef.String;
            }

            current = property.Type;
        }

        if (current.Kind == TypeKind.List && current.Item is { } element)
        {
            current = element;
        }

        return current.Kind switch
        {
            TypeKind.Enum => current,
            TypeKind.Builtin when current != TypeRef.JsonElement => current,
            _ => TypeRef.String,
        };
    }

    private static IEnumerable<PropertyModel> PropertiesOf(TypeRef type, ModelSet models)
    {
        var generated = models.Types.FirstOrDefault(candidate => candidate.Name == type.Name);
        return generated switch
        {
            ObjectModel record => record.Properties,
            UnionModel union => union.CommonProperties.Concat(union.Variants.SelectMany(variant => variant.Properties)),
            _ => [],
        };
    }
}
