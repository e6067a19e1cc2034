using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Belvo.Sdk.Generator.Spec;

/// <summary>Where a description came from and the hash it is pinned to (Belvo edits its file without bumping the version).</summary>
internal sealed record SpecPin
{
    public required string File { get; init; }

    public required string Version { get; init; }

    public required string Sha256 { get; init; }

    public string? Source { get; init; }

    /// <summary>For the older description: the paths kept from it, because the current one dropped them.</summary>
    public List<string>? Paths { get; init; }

    /// <summary>
    /// For the older description: schemas added as one more alternative of a current request body (<c>METHOD path</c> →
    /// schema), for requests the current description no longer documents but the API takes.
    /// </summary>
    public Dictionary<string, string>? Alternatives { get; init; }

    /// <summary>For the older description: schemas replaced by their current counterpart wherever the kept paths use them.</summary>
    public Dictionary<string, string>? Replacements { get; init; }
}

/// <summary>
/// The description the SDK is generated from: Belvo's current OpenAPI description, plus the operations it dropped
/// that users already call, taken from the older description with every schema they need that the current one
/// lacks (a schema both define is taken from the current one). Both files are checked against their pinned sha256.
/// </summary>
internal static class SpecSource
{
    public static OpenApiDocument Load(string specDirectory, SpecPin current, SpecPin? legacy)
    {
        var document = Read(specDirectory, current);
        if (legacy is not null)
        {
            var older = Read(specDirectory, legacy);
            Replace(older, legacy.Replacements ?? []);
            Merge(document, older, legacy.Paths ?? [], legacy.Alternatives ?? []);
        }

        var result = OpenApiDocument.Parse(document.ToJsonString(), "json", new OpenApiReaderSettings());
        var errors = result.Diagnostic?.Errors ?? [];
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"The merged description is not valid OpenAPI:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return result.Document ?? throw new InvalidDataException("The merged description holds no OpenAPI document.");
    }

    /// <summary>Reads one pinned file, failing with the file's name when its content is not the pinned one.</summary>
    public static JsonObject Read(string specDirectory, SpecPin pin)
    {
        var path = Path.Combine(specDirectory, pin.File);
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(hash, pin.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"spec/{pin.File} changed: its sha256 is {hash}, but spec/operations.yaml pins {pin.Sha256} ({pin.Version}). " +
                "Belvo edits its description without bumping the version: review the difference, then update the pin.");
        }

        using var reader = new StreamReader(new MemoryStream(bytes));
        var node = pin.File.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonNode.Parse(reader.ReadToEnd())
            : YamlToJson.Convert(reader);
        return node as JsonObject ?? throw new InvalidDataException($"spec/{pin.File} is not a JSON object.");
    }

    private static void Merge(JsonObject current, JsonObject legacy, IReadOnlyList<string> paths, IReadOnlyDictionary<string, string> alternatives)
    {
        var currentPaths = current["paths"]!.AsObject();
        var legacyPaths = legacy["paths"]!.AsObject();
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (operation, schema) in alternatives)
        {
            var (method, path) = operation.Split(' ') is [var m, var p] ? (m.ToLowerInvariant(), p) : throw new InvalidDataException($"'{operation}' is not 'METHOD path'.");
            var body = currentPaths[path]?[method]?["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject
                ?? throw new InvalidDataException($"The current description has no JSON body for {operation}.");
            var oneOf = body["oneOf"] as JsonArray ?? throw new InvalidDataException($"The body of {operation} is not a oneOf; an alternative cannot be added.");
            var reference = $"#/components/schemas/{schema}";
            oneOf.Add(new JsonObject { ["$ref"] = reference });
            needed.Add(reference);
        }

        foreach (var path in paths)
        {
            var key = legacyPaths.ContainsKey(path) ? path : path.TrimEnd('/');
            var item = legacyPaths[key] ?? throw new InvalidDataException($"The legacy path {path} is not in the older description.");
            var withSlash = key.EndsWith('/') ? key : key + "/";
            if (currentPaths.ContainsKey(withSlash) || currentPaths.ContainsKey(key))
            {
                throw new InvalidDataException($"{path} is kept from the older description but the current one describes it too: drop it from legacy paths.");
            }

            currentPaths[withSlash] = item.DeepClone();
            CollectReferences(item, needed);
        }

        // Copy every component the kept paths reach (transitively) that the current description does not define.
        var queue = new Queue<string>(needed);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var reference = queue.Dequeue();
            if (!copied.Add(reference))
            {
                continue;
            }

            var (section, name) = Split(reference);
            var target = Section(current, section);
            if (target.ContainsKey(name))
            {
                continue;
            }

            var node = Section(legacy, section)[name] ?? throw new InvalidDataException($"The older description has no {reference}.");
            target[name] = node.DeepClone();
            var more = new SortedSet<string>(StringComparer.Ordinal);
            CollectReferences(node, more);
            foreach (var next in more)
            {
                queue.Enqueue(next);
            }
        }
    }

    private static void Replace(JsonNode? node, IReadOnlyDictionary<string, string> replacements)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target)
                    && replacements.TryGetValue(target.Split('/')[^1], out var replacement) && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    obj["$ref"] = $"#/components/schemas/{replacement}";
                }

                foreach (var (_, value) in obj.ToList())
                {
                    Replace(value, replacements);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Replace(item, replacements);
                }

                break;
        }
    }

    private static (string Section, string Name) Split(string reference)
    {
        var parts = reference.Split('/');
        return parts is ["#", "components", var section, var name]
            ? (section, name)
            : throw new InvalidDataException($"Unsupported reference {reference}.");
    }

    private static JsonObject Section(JsonObject document, string section)
    {
        var components = document["components"] as JsonObject ?? (JsonObject)(document["components"] = new JsonObject());
        return components[section] as JsonObject ?? (JsonObject)(components[section] = new JsonObject());
    }

    private static void CollectReferences(JsonNode? node, ISet<string> references)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue reference && reference.TryGetValue<string>(out var target))
                    {
                        references.Add(target);
                    }
                    else
                    {
                        CollectReferences(value, references);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectReferences(item, references);
                }

                break;
        }
    }
}
