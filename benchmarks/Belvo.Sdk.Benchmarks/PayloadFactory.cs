using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Belvo.Sdk.Benchmarks;

/// <summary>Builds realistic bodies from the spec's examples (the test suite's payloads).</summary>
internal static class PayloadFactory
{
    public static string TransactionsPage(int items, string? next) =>
        new JsonObject { ["count"] = items, ["next"] = next, ["previous"] = null, ["results"] = Transactions(items) }.ToJsonString();

    public static string TransactionsArray(int items) => Transactions(items).ToJsonString();

    public static string Account()
    {
        var account = Read("accounts_detail.json").AsObject();
        account.Remove("bank_product_id"); // dropped by Belvo's current description, as for the transactions' accounts
        return account.ToJsonString();
    }

    private static JsonArray Transactions(int items)
    {
        var example = Read("transactions_retrieve.json").AsArray()[0]!;

        // Belvo's current description (1.223.0) dropped the account's bank_product_id: leave it out, as Belvo does,
        // so that neither client reads a field the API no longer sends (the SDK would keep it as an unknown field).
        example["account"]!.AsObject().Remove("bank_product_id");
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
