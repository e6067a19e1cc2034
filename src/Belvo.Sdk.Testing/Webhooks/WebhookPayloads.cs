using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Webhooks;

/// <summary>Builds Belvo webhook bodies: <c>{webhook_id, webhook_type, webhook_code, link_id, request_id, external_id, data}</c>.</summary>
internal static class WebhookPayloads
{
    public const string HistoricalUpdate = "historical_update";
    public const string NewTransactionsAvailable = "new_transactions_available";

    public static JsonObject Create(IdFactory ids, LinkRecord link, string type, string code, JsonObject data, string? requestId = null) => new()
    {
        ["webhook_id"] = ids.NewHex32(),
        ["webhook_type"] = type,
        ["webhook_code"] = code,
        ["link_id"] = link.Id,
        ["request_id"] = requestId ?? ids.NewHex32(),
        ["external_id"] = link.ExternalId,
        ["data"] = data,
    };

    /// <summary>The <c>data</c> of a TRANSACTIONS <c>historical_update</c>: totals by direction and the first and last dates.</summary>
    public static JsonObject TransactionTotals(IReadOnlyCollection<JsonObject> transactions)
    {
        var dates = transactions.Select(t => (string)t["value_date"]!).Order(StringComparer.Ordinal).ToList();
        return new JsonObject
        {
            ["total_transactions"] = transactions.Count,
            ["total_inflow_transactions"] = transactions.Count(t => (string?)t["type"] == "INFLOW"),
            ["total_outflow_transactions"] = transactions.Count(t => (string?)t["type"] == "OUTFLOW"),
            ["first_transaction_date"] = dates.FirstOrDefault(),
            ["last_transaction_date"] = dates.LastOrDefault(),
        };
    }
}
