using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Belvo.Sdk.Benchmarks;

/// <summary>Builds realistic bodies from the spec's transaction example.</summary>
internal static class PayloadFactory
{
    public static string TransactionsPage(int items, string? next)
    {
        // The spec's examples write some UUIDs with a stray trailing "X"; drop it so they read as UUIDs.
        var text = Regex.Replace(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "transactions_retrieve.json")), "([0-9a-f-]{36})X\"", "$1\"");
        var example = JsonNode.Parse(text)!.AsArray()[0]!;
        var results = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            var item = example.DeepClone().AsObject();
            item["id"] = Guid.NewGuid().ToString();
            item["amount"] = 100 + (i * 0.37m);
            results.Add(item);
        }

        return new JsonObject { ["count"] = items, ["next"] = next, ["previous"] = null, ["results"] = results }.ToJsonString();
    }
}
