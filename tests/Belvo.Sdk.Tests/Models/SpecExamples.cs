using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>The response examples of the covered operations, as JSON text.</summary>
internal static partial class SpecExamples
{
    /// <summary>
    /// Every 2xx example of every covered operation, keyed "METHOD /path/ status example-name", with the C# type the SDK
    /// reads that answer into. Belvo's current description writes its examples as <c>$ref</c>s to
    /// <c>components/examples</c>; Microsoft.OpenApi resolves them, and an example that resolves to no value fails the load.
    /// </summary>
    public static IReadOnlyDictionary<string, (Type Type, string Json)> Responses { get; } = LoadResponses();

    /// <summary>How many of the examples were <c>$ref</c>s to <c>components/examples</c>.</summary>
    public static int ReferencedExamples { get; private set; }

    public static int RepairedIds { get; private set; }

    public static TheoryData<string> ResponseKeys() => [.. Responses.Keys];

    /// <summary>A copy of <paramref name="node"/> with the stray <c>X</c> removed from IDs written as UUID + X.</summary>
    public static JsonNode? Repair(JsonNode? node)
    {
        var ignored = 0;
        return Repair(node, ref ignored);
    }

    private static JsonNode? Repair(JsonNode? node, ref int repaired)
    {
        switch (node)
        {
            case JsonObject json:
                var result = new JsonObject();
                foreach (var (name, child) in json)
                {
                    result[name] = Repair(child, ref repaired);
                }

                return result;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var child in array)
                {
                    items.Add(Repair(child, ref repaired));
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && UuidWithStrayX().Match(text) is { Success: true } match:
                repaired++;
                return JsonValue.Create(match.Groups[1].Value);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>
    /// Belvo's spec writes some example IDs as a UUID followed by a stray <c>X</c>
    /// (<c>c21f3914-bcbe-44c4-a2e8-a5e33f6888d4X</c>), which no API response contains and which no
    /// <see cref="Guid"/> can hold. Exactly that pattern is repaired, and counted, before an example is read.
    /// </summary>
    private static Dictionary<string, (Type, string)> LoadResponses()
    {
        var repaired = 0;
        var referenced = 0;
        var examples = new Dictionary<string, (Type, string)>(StringComparer.Ordinal);
        foreach (var (root, type) in BelvoSpec.Roots.Where(root => root.Root.Status is not null))
        {
            var media = BelvoSpec.Media(root);
            var operation = root.ToString();
            foreach (var (name, example) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
            {
                var value = example.Value ?? throw new InvalidOperationException($"{operation} example {name} has no value ({(example as OpenApiExampleReference)?.Reference.Id} did not resolve).");
                referenced += example is OpenApiExampleReference ? 1 : 0;
                examples.Add($"{operation} {name}", (type, Repair(value, ref repaired)!.ToJsonString()));
            }

            if (media.Example is { } single)
            {
                examples.Add($"{operation} example", (type, Repair(single, ref repaired)!.ToJsonString()));
            }
        }

        RepairedIds = repaired;
        ReferencedExamples = referenced;
        return examples;
    }

    [GeneratedRegex("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})X$")]
    private static partial Regex UuidWithStrayX();
}
