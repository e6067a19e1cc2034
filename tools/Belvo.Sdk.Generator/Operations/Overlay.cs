using System.Text.Json;
using System.Text.Json.Serialization;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>The hand-kept overlay (<c>spec/operations.yaml</c>): what the operation table needs that the spec does not say.</summary>
internal sealed record Overlay(Dictionary<string, ResourceOverlay> Resources)
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

    public IReadOnlyList<string> AllPaths => Paths ?? (Path is null ? [] : [Path]);
}

internal sealed record OperationOverlay
{
    public string? Name { get; init; }

    public string? Mode { get; init; }

    public bool? Institution { get; init; }

    public bool? Validate { get; init; }

    public string? Summary { get; init; }

    public string? Request { get; init; }

    public string? Returns { get; init; }

    public Dictionary<string, string>? Exceptions { get; init; }
}

/// <summary>An operation the spec does not describe.</summary>
internal sealed record ExtraOperation
{
    public required string Method { get; init; }

    public required string Name { get; init; }

    public required string Request { get; init; }

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
}
