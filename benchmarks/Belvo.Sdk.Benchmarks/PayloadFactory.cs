using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Belvo.Sdk.Benchmarks;

/// <summary>Builds realistic bodies from the spec's examples (the test suite's payloads).</summary>
internal static class PayloadFactory
{
    public static string TransactionsPage(int items, string? next) =>
        new JsonObject { ["count"] = items, ["next"] = next, ["previous"] = null, ["results"] = Transactions(items) }.ToJsonString();

    public static string TransactionsArray(int items) => Transactions(items).ToJsonString();

    public static string Account() => Read("accounts_detail.json").ToJsonString();

    private static JsonArray Transactions(int items)
    {
        var example = Read("transactions_retrieve.json").AsArray()[0]!;
        var results = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            var item = example.DeepClone().AsObject();
            item["id"] = Guid.NewGuid().ToString();
            item["amount"] = 100 + (i * 0.37m);
            results.Add(item);
        }

        return results;
    }

    private static JsonNode Read(string name)
    {
        // The spec's examples write some UUIDs with a stray trailing "X"; drop it so they read as UUIDs.
        var text = Regex.Replace(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name)), "([0-9a-f-]{36})X\"", "$1\"");
        return JsonNode.Parse(text)!;
    }
}
