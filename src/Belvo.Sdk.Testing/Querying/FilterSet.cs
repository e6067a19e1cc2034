using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Querying;

/// <summary>The lookups Belvo documents after a double underscore (<c>created_at__gte</c>); <see cref="Exact"/> is the bare name.</summary>
internal enum Lookup
{
    Exact,
    In,
    NotIn,
    Gt,
    Gte,
    Lt,
    Lte,
    Range,
    IContains,
    AllIn,
}

/// <summary>How a filtered field's values compare.</summary>
internal enum FieldKind
{
    Text,
    Number,
    Date,
    DateTime,
    TextArray,
}

/// <summary>
/// The filters one list endpoint documents: a query name, the JSON path it reads (dot-separated) and the lookups
/// allowed on it. Unknown query parameters are ignored, as Django filter sets do.
/// </summary>
internal sealed class FilterSet
{
    public static readonly Lookup[] Comparisons = [Lookup.Exact, Lookup.Gt, Lookup.Gte, Lookup.Lt, Lookup.Lte, Lookup.Range];
    public static readonly Lookup[] ExactOrIn = [Lookup.Exact, Lookup.In];

    private static readonly Dictionary<string, Lookup> Suffixes = new(StringComparer.Ordinal)
    {
        ["in"] = Lookup.In,
        ["not_in"] = Lookup.NotIn,
        ["gt"] = Lookup.Gt,
        ["gte"] = Lookup.Gte,
        ["lt"] = Lookup.Lt,
        ["lte"] = Lookup.Lte,
        ["range"] = Lookup.Range,
        ["icontains"] = Lookup.IContains,
        ["allin"] = Lookup.AllIn,
    };

    private readonly Dictionary<string, FilterField> fields = new(StringComparer.Ordinal);

    public FilterSet Add(string name, string path, FieldKind kind, params Lookup[] lookups)
    {
        fields[name] = new FilterField(path.Split('.'), kind, [.. lookups]);
        return this;
    }

    public FilterSet Text(string name, string path, params Lookup[] lookups) => Add(name, path, FieldKind.Text, lookups);

    /// <summary>The common <c>id</c>/<c>id__in</c> and <c>created_at</c> comparisons every Belvo resource documents.</summary>
    public FilterSet IdAndCreatedAt() =>
        Text("id", "id", ExactOrIn).Add("created_at", "created_at", FieldKind.DateTime, Comparisons);

    /// <summary>Builds the conditions the query asks for, or reports the first parameter whose value does not parse.</summary>
    public FilterResult Build(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var conditions = new List<FilterCondition>();
        foreach (var (key, value) in query)
        {
            if (!TryResolve(key, out var field, out var lookup))
            {
                continue;
            }

            var condition = FilterCondition.Create(field, lookup, value);
            if (condition is null)
            {
                return FilterResult.Invalid(key);
            }

            conditions.Add(condition);
        }

        return FilterResult.Valid(conditions);
    }

    private bool TryResolve(string key, out FilterField field, out Lookup lookup)
    {
        lookup = Lookup.Exact;
        if (fields.TryGetValue(key, out field!) && field.Lookups.Contains(Lookup.Exact))
        {
            return true;
        }

        var separator = key.LastIndexOf("__", StringComparison.Ordinal);
        if (separator > 0
            && Suffixes.TryGetValue(key[(separator + 2)..], out lookup)
            && fields.TryGetValue(key[..separator], out field!)
            && field.Lookups.Contains(lookup))
        {
            return true;
        }

        field = null!;
        return false;
    }
}

/// <summary>One documented filterable field.</summary>
internal sealed record FilterField(string[] Path, FieldKind Kind, HashSet<Lookup> Lookups);

/// <summary>The outcome of reading a query: the conditions to apply, or the parameter whose value was invalid.</summary>
internal sealed record FilterResult(IReadOnlyList<FilterCondition> Conditions, string? InvalidParameter)
{
    public static FilterResult Valid(IReadOnlyList<FilterCondition> conditions) => new(conditions, null);

    public static FilterResult Invalid(string parameter) => new([], parameter);

    public bool Matches(JsonObject item)
    {
        foreach (var condition in Conditions)
        {
            if (!condition.Matches(item))
            {
                return false;
            }
        }

        return true;
    }
}
