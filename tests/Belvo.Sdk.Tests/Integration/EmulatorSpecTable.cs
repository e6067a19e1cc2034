using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>
/// The emulator's resource table (<c>src/Belvo.Sdk.Testing/Data/spec-resources.json</c>), built from the SDK's
/// operation table and the description: for every resource, its operations, its list filters and an item template
/// with every property the answer schema defines, filled from the description's examples. The emulator serves every
/// resource it does not model by hand from this table, so a resource added to the SDK is served once the table is
/// rewritten.
/// </summary>
internal static class EmulatorSpecTable
{
    public static readonly string FilePath = Path.Combine(BelvoSpec.RepositoryRoot, "src", "Belvo.Sdk.Testing", "Data", "spec-resources.json");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] StandardVerbs = ["List", "Get", "Retrieve", "Resume", "Delete", "RetrieveInBackground"];

    private static readonly string[] Suffixes = ["__in", "__not_in", "__gt", "__gte", "__lt", "__lte", "__range", "__icontains", "__allin"];

    /// <summary>The file's text: the resources in the operation table's order, indented, with a final newline.</summary>
    public static string Render()
    {
        var resources = new JsonArray();
        foreach (var resource in BelvoSpec.Operations.Resources)
        {
            resources.Add((JsonNode)Resource(resource));
        }

        return new JsonObject { ["resources"] = resources }.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Resource(ResourceModel resource)
    {
        var operations = new JsonArray();
        JsonObject? item = null;
        foreach (var operation in resource.Operations)
        {
            var entry = new JsonObject
            {
                ["verb"] = operation.Name,
                ["method"] = operation.Method.ToUpperInvariant(),
                ["path"] = operation.Path,
                ["mode"] = operation.Mode.ToString(),
            };
            if (operation.Header is not null)
            {
                entry["header"] = operation.Header;
            }

            var answer = Answer(operation);
            if (answer is not null)
            {
                entry["shape"] = answer switch
                {
                    JsonObject page when page.ContainsKey("results") && page.ContainsKey("count") => "page",
                    JsonArray => "array",
                    _ => "object",
                };
                item ??= operation.Name is "List" or "Retrieve" ? FirstItem(answer) : null;
                if (!StandardVerbs.Contains(operation.Name))
                {
                    // Only the other operations answer their sample; the standard verbs answer items made from the template.
                    entry["answer"] = answer;
                }
            }

            operations.Add((JsonNode)entry);
        }

        var result = new JsonObject { ["name"] = resource.Name, ["operations"] = operations };
        if (item is not null)
        {
            result["item"] = item.DeepClone();
            result["filters"] = Filters(resource.Find("List"), item);
        }

        return result;
    }

    /// <summary>A sample of the operation's 2xx answer, when the description declares one.</summary>
    private static JsonNode? Answer(OperationModel operation)
    {
        var root = BelvoSpec.Roots.Select(pair => pair.Root).FirstOrDefault(root =>
            root.Status is { } status && status.StartsWith('2') && root.Path == operation.Path
            && root.Method.Equals(operation.Method, StringComparison.OrdinalIgnoreCase));
        return root is null || operation.Mode == ResponseMode.None ? null : RepairDates(SchemaSamples.Build(root.Schema));
    }

    /// <summary>Belvo writes some date examples as <c>DD-MM-YYYY</c> or <c>YYYY-DD-MM</c> (the Chilean tax status); answers carry <c>YYYY-MM-DD</c>.</summary>
    private static JsonNode? RepairDates(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    obj[key] = RepairDates(obj[key]);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = RepairDates(array[i]?.DeepClone());
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                && !DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                && DateOnly.TryParseExact(value.GetValue<string>(), ["dd-MM-yyyy", "yyyy-dd-MM"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date):
                return JsonValue.Create(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A page's first result, an array's first item, or the object itself.</summary>
    private static JsonObject? FirstItem(JsonNode answer) => answer switch
    {
        JsonObject page when page["results"] is JsonArray results && page.ContainsKey("count") => results.FirstOrDefault() as JsonObject,
        JsonArray array => array.FirstOrDefault() as JsonObject,
        JsonObject single => single,
        _ => null,
    };

    /// <summary>The list's query parameters grouped by field: the JSON path they read, how values compare, the lookups.</summary>
    private static JsonArray Filters(OperationModel? list, JsonObject item)
    {
        var byBase = new SortedDictionary<string, (string Kind, SortedSet<string> Lookups)>(StringComparer.Ordinal);
        foreach (var filter in list?.Filters ?? [])
        {
            var kind = filter.Type.Name switch
            {
                "decimal" or "int" or "long" => "number",
                "DateOnly" => "date",
                "DateTimeOffset" => "datetime",
                _ => "text",
            };
            var names = filter.Kind == FilterKind.Comparison
                ? filter.WireNames.SelectMany(wire => filter.Lookups.Select(lookup => lookup.Length == 0 ? wire : wire + (lookup.StartsWith("__", StringComparison.Ordinal) ? lookup : "__" + lookup)))
                : filter.WireNames;
            foreach (var name in names)
            {
                var suffix = Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
                var field = suffix is null ? name : name[..^suffix.Length];
                var lookup = suffix is null ? "exact" : suffix[2..];
                if (!byBase.TryGetValue(field, out var entry))
                {
                    byBase[field] = entry = (kind, new SortedSet<string>(StringComparer.Ordinal));
                }

                entry.Lookups.Add(lookup);
            }
        }

        var filters = new JsonArray();
        foreach (var (field, (kind, lookups)) in byBase)
        {
            filters.Add((JsonNode)new JsonObject
            {
                ["name"] = field,
                ["path"] = PathOf(field, item),
                ["kind"] = kind,
                ["lookups"] = new JsonArray([.. lookups.Select(lookup => JsonValue.Create(lookup))]),
            });
        }

        return filters;
    }

    /// <summary><c>account__type</c> reads <c>account.type</c>; a field holding an object is matched on its <c>id</c>.</summary>
    private static string PathOf(string field, JsonObject item)
    {
        var segments = field.Split("__");
        JsonNode? node = item;
        foreach (var segment in segments)
        {
            node = (node as JsonObject)?[segment];
        }

        var path = string.Join('.', segments);
        return node is JsonObject { } nested && nested.ContainsKey("id") ? path + ".id" : path;
    }
}
