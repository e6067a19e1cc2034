using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>How an operation's successful answer is read (mirrors <c>Belvo.Sdk.Http.ResponseMode</c>).</summary>
internal enum ResponseMode
{
    Json,
    ListOrSingle,
    SingleOrList,
    Page,
    None,
}

/// <summary>How a filter is written into the query.</summary>
internal enum FilterKind
{
    /// <summary>One value: <c>name=value</c>.</summary>
    Value,

    /// <summary>An ordered field: <c>name</c>, <c>name__gt</c>, … <c>name__range</c>, as a <c>ComparisonFilter&lt;T&gt;</c>.</summary>
    Comparison,

    /// <summary>Several values, comma-separated: <c>name__in=a,b</c>.</summary>
    List,
}

/// <summary>One property of a list options record.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Type">The value type (the item type for lists).</param>
/// <param name="WireNames">The query parameter(s) it is sent as (a comparison's base name).</param>
/// <param name="Description">The spec's description, raw.</param>
/// <param name="Lookups">For comparisons: the lookups the spec documents (empty string for the exact value).</param>
/// <param name="Required">Whether Belvo refuses the list without it.</param>
internal sealed record FilterModel(
    string Name,
    FilterKind Kind,
    TypeRef Type,
    IReadOnlyList<string> WireNames,
    string? Description,
    IReadOnlyList<string> Lookups,
    bool Required);

/// <summary>The documentation of an operation that is not one of the shared verbs.</summary>
internal sealed record OperationDocs(
    string? Summary,
    string? Request,
    string? Returns,
    IReadOnlyDictionary<string, string> Exceptions);

/// <summary>One operation of the table: everything the emitters need to send it and read its answer.</summary>
internal sealed record OperationModel
{
    public required string Resource { get; init; }

    /// <summary>The SDK's verb: List, Get, Retrieve, Resume, Delete, or a name of its own (Register, …).</summary>
    public required string Name { get; init; }

    public required string Method { get; init; }

    /// <summary>The path with its trailing slash, as sent.</summary>
    public required string Path { get; init; }

    public bool HasId => Path.Contains("{id}", StringComparison.Ordinal);

    public TypeRef? Request { get; init; }

    public required ResponseMode Mode { get; init; }

    /// <summary>What the public method returns: the item for Get, the list or object for others, the item for List.</summary>
    public TypeRef? Result { get; init; }

    /// <summary>For pages and answers read leniently: the item type.</summary>
    public TypeRef? Item { get; init; }

    public bool ReachesInstitution { get; init; }

    public bool IsPublic { get; init; } = true;

    public bool Validate { get; init; }

    public string? Header { get; init; }

    /// <summary>For a resume: whether its body carries <c>save_data</c>.</summary>
    public bool ResumeTakesSaveData { get; init; }

    /// <summary>Whether the spec lets the body be left out (<c>requestBody.required</c> unset): the parameter is then optional and an empty object is sent for it.</summary>
    public bool RequestOptional { get; init; }

    public OperationDocs? Docs { get; init; }

    public IReadOnlyList<FilterModel> Filters { get; init; } = [];

    /// <summary>Whether the spec describes the operation (false for the overlay's extra operations).</summary>
    public bool InSpec { get; init; } = true;

    public string Key => $"{Method} {Path}";

    /// <summary>For an operation that answers pages: its list options record, named after the item (<c>AccountListOptions</c>).</summary>
    public string? ListOptions => Mode == ResponseMode.Page ? ListOptionsName ?? Item!.Name + "ListOptions" : null;

    /// <summary>The overlay's name for the list options record, if any.</summary>
    public string? ListOptionsName { get; init; }
}

/// <summary>A resource: its operations, identifier type, item type and list options.</summary>
internal sealed record ResourceModel(
    string Name,
    string Summary,
    TypeRef IdType,
    IReadOnlyList<OperationModel> Operations)
{
    public string Interface => $"I{Name}Client";

    public string Class => $"{Name}Client";

    public string Api => $"I{Name}Api";

    public OperationModel? Find(string verb) => Operations.FirstOrDefault(operation => operation.Name == verb);

    /// <summary>The list options record of the resource's list, named after the item: <c>AccountListOptions</c>.</summary>
    public string? ListOptions => Find("List")?.ListOptions;
}

/// <summary>Every resource of the table, in the order the overlay lists them.</summary>
internal sealed record OperationSet(IReadOnlyList<ResourceModel> Resources)
{
    public IEnumerable<OperationModel> Operations => Resources.SelectMany(resource => resource.Operations);
}
