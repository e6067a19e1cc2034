using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// The one table from a documented (<c>webhook_type</c>, <c>webhook_code</c>) to the record it reads as (as in
/// Belvo's webhook reference; anything else reads as <see cref="UnknownWebhook"/>). Events whose <c>data</c>
/// Belvo documents read it with source-generated JSON; the others are the envelope only, with <c>data</c> raw.
/// docs/webhooks.md lists the same rows, and a test keeps the two equal.
/// </summary>
internal static class WebhookEventMap
{
    /// <summary>Gets every row, in the order docs/webhooks.md lists them.</summary>
    public static IReadOnlyList<WebhookEvent> Events { get; } =
    [
        Typed(WebhookType.Accounts, WebhookCode.HistoricalUpdate, Json.AccountsHistoricalUpdate),
        Typed(WebhookType.Accounts, WebhookCode.NewAccountsAvailable, Json.NewAccountsAvailable),
        Typed(WebhookType.Transactions, WebhookCode.HistoricalUpdate, Json.TransactionsHistoricalUpdate),
        Envelope<NewTransactionsAvailable>(WebhookType.Transactions, WebhookCode.NewTransactionsAvailable),
        Envelope<TransactionsUpdated>(WebhookType.Transactions, WebhookCode.TransactionsUpdated),
        Envelope<TransactionsDeleted>(WebhookType.Transactions, WebhookCode.TransactionsDeleted),
        Typed(WebhookType.Owners, WebhookCode.HistoricalUpdate, Json.OwnersHistoricalUpdate),
        Typed(WebhookType.Owners, WebhookCode.NewOwnersAvailable, Json.NewOwnersAvailable),
        Typed(WebhookType.Link, WebhookCode.InvalidCredentials, Json.LinkInvalidCredentials),
        Envelope<LinkTokenRequired>(WebhookType.Link, WebhookCode.TokenRequired),
        Envelope<LinkDeleted>(null, WebhookCode.LinkDeleted),
        Typed(WebhookType.Incomes, WebhookCode.HistoricalUpdate, Json.IncomesHistoricalUpdate),
        Typed(WebhookType.RecurringExpenses, WebhookCode.HistoricalUpdate, Json.RecurringExpensesHistoricalUpdate),
        Typed(WebhookType.RiskInsights, WebhookCode.HistoricalUpdate, Json.RiskInsightsHistoricalUpdate),
        Typed(WebhookType.Bills, WebhookCode.HistoricalUpdate, Json.BillsHistoricalUpdate),
        Envelope<NewBillsAvailable>(WebhookType.Bills, WebhookCode.NewBillsAvailable),
        Typed(WebhookType.Employments, WebhookCode.HistoricalUpdate, Json.EmploymentsHistoricalUpdate),
        Typed(WebhookType.Employments, WebhookCode.NewEmploymentsAvailable, Json.NewEmploymentsAvailable),
        Typed(WebhookType.EmploymentRecords, WebhookCode.HistoricalUpdate, Json.EmploymentRecordsHistoricalUpdate),
        Typed(WebhookType.EmploymentRecords, WebhookCode.EmploymentChanges, Json.EmploymentRecordsChanged),
        Typed(WebhookType.EmploymentMetrics, WebhookCode.HistoricalUpdate, Json.EmploymentMetricsHistoricalUpdate),
        Typed(WebhookType.Investments, WebhookCode.HistoricalUpdate, Json.InvestmentsHistoricalUpdate),
        Typed(WebhookType.InvestmentTransactions, WebhookCode.HistoricalUpdate, Json.InvestmentTransactionsHistoricalUpdate),
        Typed(WebhookType.FinancialStatements, WebhookCode.HistoricalUpdate, Json.FinancialStatementsHistoricalUpdate),
        Typed(WebhookType.TaxReturns, WebhookCode.HistoricalUpdate, Json.TaxReturnsHistoricalUpdate),
        Typed(WebhookType.TaxStatus, WebhookCode.HistoricalUpdate, Json.TaxStatusHistoricalUpdate),
        Typed(WebhookType.TaxComplianceStatus, WebhookCode.HistoricalUpdate, Json.TaxComplianceStatusHistoricalUpdate),
        Typed(WebhookType.Invoices, WebhookCode.InitialInflowUpdate, Json.InvoicesInitialInflowUpdate),
        Typed(WebhookType.Invoices, WebhookCode.InitialOutflowUpdate, Json.InvoicesInitialOutflowUpdate),
        Typed(WebhookType.Consent, WebhookCode.OpenFinanceConsentAboutToExpire, Json.OpenFinanceConsentAboutToExpire),
    ];

    // Keyed by wire values; an empty type stands for "any type" (link_deleted, whose type Belvo does not document).
    private static readonly FrozenDictionary<(string Type, string Code), WebhookEvent> ByKey =
        Events.ToFrozenDictionary(e => (e.WebhookType?.Value ?? string.Empty, e.WebhookCode.Value));

    private static HandWrittenJsonContext Json => HandWrittenJsonContext.Default;

    /// <summary>Finds the row of a type and code: the exact pair first, then a row that matches the code whatever the type.</summary>
    /// <param name="type">The received <c>webhook_type</c>.</param>
    /// <param name="code">The received <c>webhook_code</c>.</param>
    /// <returns>The row, or <see langword="null"/> when the webhook is unknown.</returns>
    public static WebhookEvent? Find(WebhookType type, WebhookCode code) =>
        ByKey.GetValueOrDefault((type.Value, code.Value)) ?? ByKey.GetValueOrDefault((string.Empty, code.Value));

    private static WebhookEvent Typed<T>(WebhookType type, WebhookCode code, JsonTypeInfo<T> typeInfo)
        where T : BelvoWebhook =>
        new(type, code, typeof(T), hasTypedData: true, envelope => ReadData(envelope, typeInfo));

    private static WebhookEvent Envelope<T>(WebhookType? type, WebhookCode code)
        where T : BelvoWebhook, new() =>
        new(type, code, typeof(T), hasTypedData: false, static _ => new T());

    // Missing or null data reads as a record without data; any other non-object is not Belvo's shape.
    private static T ReadData<T>(WebhookEnvelope envelope, JsonTypeInfo<T> typeInfo)
        where T : BelvoWebhook
    {
        var data = envelope.Data;
        if (data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return JsonSerializer.Deserialize("{}"u8, typeInfo)!;
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            throw WebhookFormatException.DataNotAnObject(envelope.WebhookType, envelope.WebhookCode, data.ValueKind);
        }

        try
        {
            return data.Deserialize(typeInfo)!;
        }
        catch (JsonException error)
        {
            throw WebhookFormatException.WrongData(envelope.WebhookType, envelope.WebhookCode, error);
        }
    }
}
