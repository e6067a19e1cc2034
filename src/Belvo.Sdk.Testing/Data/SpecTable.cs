using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// One operation of a resource in the SDK's operation table: its verb, method, path, how the description shapes its
/// answer (<c>page</c>, <c>array</c>, <c>object</c>, or none) and, for the operations that are not a standard verb, a sample of it.
/// </summary>
internal sealed record SpecOperation(string Verb, string Method, string Path, string Mode, string? Header, string? Shape, JsonNode? Answer);

/// <summary>One list filter of a resource: the query name, the JSON path it reads, how values compare and the lookups.</summary>
internal sealed record SpecFilter(string Name, string Path, string Kind, IReadOnlyList<string> Lookups);

/// <summary>A resource of the SDK's operation table with its item template (every property of the answer schema).</summary>
internal sealed record SpecResource(string Name, IReadOnlyList<SpecOperation> Operations, JsonObject? Item, IReadOnlyList<SpecFilter> Filters)
{
    public SpecOperation? Find(string verb) => Operations.FirstOrDefault(operation => operation.Verb == verb);
}

/// <summary>
/// The resource table embedded as <c>spec-resources.json</c>: built from the SDK's operation table and Belvo's
/// description by <c>EmulatorSpecTableTests</c>, so every resource the SDK has is known here with its shapes.
/// </summary>
internal static class SpecTable
{
    private static readonly Lazy<IReadOnlyList<SpecResource>> Loaded = new(Load);

    public static IReadOnlyList<SpecResource> Resources => Loaded.Value;

    private static List<SpecResource> Load()
    {
        using var stream = typeof(SpecTable).Assembly.GetManifestResourceStream("Belvo.Sdk.Testing.spec-resources.json")
            ?? throw new InvalidOperationException("The emulator's resource table is missing from the assembly.");
        var root = JsonNode.Parse(stream)!.AsObject();
        return [.. root["resources"]!.AsArray().Select(node => Resource(node!.AsObject()))];
    }

    private static SpecResource Resource(JsonObject json) => new(
        (string)json["name"]!,
        [.. json["operations"]!.AsArray().Select(node => new SpecOperation(
            (string)node!["verb"]!,
            (string)node["method"]!,
            (string)node["path"]!,
            (string)node["mode"]!,
            (string?)node["header"],
            (string?)node["shape"],
            node["answer"]?.DeepClone()))],
        json["item"]?.DeepClone().AsObject(),
        [.. (json["filters"]?.AsArray() ?? []).Select(node => new SpecFilter(
            (string)node!["name"]!,
            (string)node["path"]!,
            (string)node["kind"]!,
            [.. node["lookups"]!.AsArray().Select(lookup => (string)lookup!)]))]);
}
