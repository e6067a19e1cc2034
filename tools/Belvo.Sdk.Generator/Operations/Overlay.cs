using System.Text.Json;
using System.Text.Json.Serialization;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>The hand-kept overlay (<c>spec/operations.yaml</c>): what the operation table needs that the spec does not say.</summary>
internal sealed record Overlay(SpecPin Spec, SpecPin? Legacy, Dictionary<string, ResourceOverlay> Resources)
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static Overlay Load(string path)
    {
        using var reader = File.OpenText(path);
        var json = YamlToJson.Convert(reader);
        return json.Deserialize<Overlay>(ReadOptions)
            ?? throw new InvalidDataException($"{path} holds no overlay.");
    }
}

/// <summary>One resource: the collection path(s) it owns, its summary, and what differs from the default verbs.</summary>
internal sealed record ResourceOverlay
{
    public string? Path { get; init; }

    public List<string>? Paths { get; init; }

    public string? Id { get; init; }

    public required string Summary { get; init; }

    /// <summary>By <c>METHOD</c>, <c>METHOD {id}</c> or <c>METHOD /path/</c>.</summary>
    public Dictionary<string, OperationOverlay>? Operations { get; init; }

    public List<ExtraOperation>? Extra { get; init; }

    public Dictionary<string, FilterOverlay>? Filters { get; init; }

    /// <summary>The name of the list's options record, when the item's name does not make a good one.</summary>
    public string? ListOptions { get; init; }

    public IReadOnlyList<string> AllPaths => Paths ?? (Path is null ? [] : [Path]);
}

internal sealed record OperationOverlay
{
    public string? Name { get; init; }

    public string? Mode { get; init; }

    public bool? Institution { get; init; }

    public bool? Validate { get; init; }

    /// <summary>Whether only the internal sending code is generated, for a public method written by hand.</summary>
    public bool? Public { get; init; }

    /// <summary>Whether <see cref="Request"/> names a hand-written type that replaces the description's body.</summary>
    public bool? HandWritten { get; init; }

    public string? Summary { get; init; }

    /// <summary>The request type's name, for a body the description leaves unnamed (or a hand-written one).</summary>
    public string? Request { get; init; }

    /// <summary>The answer type's name, for an answer the description leaves unnamed.</summary>
    public string? Returns { get; init; }

    public string? RequestDoc { get; init; }

    public string? ReturnsDoc { get; init; }

    public Dictionary<string, string>? Exceptions { get; init; }
}

/// <summary>An operation the spec does not describe.</summary>
internal sealed record ExtraOperation
{
    public required string Method { get; init; }

    /// <summary>The path, when it is not the resource's only collection path.</summary>
    public string? Path { get; init; }

    public required string Name { get; init; }

    public string? Request { get; init; }

    public required string Returns { get; init; }

    public string? Header { get; init; }

    public bool Public { get; init; } = true;

    public string? Summary { get; init; }

    public string? RequestDoc { get; init; }

    public string? ReturnsDoc { get; init; }
}

/// <summary>A filter whose name or type the spec cannot give.</summary>
internal sealed record FilterOverlay
{
    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? Item { get; init; }

    public List<string>? Send { get; init; }

    /// <summary>Overrides the description's <c>required</c> (Belvo marks some filters required that are not).</summary>
    public bool? Required { get; init; }
}
