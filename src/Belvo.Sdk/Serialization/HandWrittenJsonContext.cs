using System.Text.Json.Serialization;
using Belvo.Sdk.Webhooks;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// The source-generated JSON context of the hand-written wire types that Belvo's OpenAPI description does not
/// cover: the Connect widget token and webhook payloads. Same options as <see cref="BelvoJsonContext"/>, whose generated part must
/// stay the only one with <c>[JsonSerializable]</c> attributes.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateOnlyConverter)])]
[JsonSerializable(typeof(WidgetTokenBody))]
[JsonSerializable(typeof(WidgetToken))]
// Webhooks: the envelope, and each event whose data Belvo documents (see WebhookEventMap).
[JsonSerializable(typeof(WebhookEnvelope))]
[JsonSerializable(typeof(AccountsHistoricalUpdate))]
[JsonSerializable(typeof(NewAccountsAvailable))]
[JsonSerializable(typeof(TransactionsHistoricalUpdate))]
[JsonSerializable(typeof(OwnersHistoricalUpdate))]
[JsonSerializable(typeof(NewOwnersAvailable))]
[JsonSerializable(typeof(LinkInvalidCredentials))]
[JsonSerializable(typeof(IncomesHistoricalUpdate))]
[JsonSerializable(typeof(RecurringExpensesHistoricalUpdate))]
[JsonSerializable(typeof(RiskInsightsHistoricalUpdate))]
[JsonSerializable(typeof(BillsHistoricalUpdate))]
[JsonSerializable(typeof(EmploymentsHistoricalUpdate))]
[JsonSerializable(typeof(NewEmploymentsAvailable))]
[JsonSerializable(typeof(EmploymentRecordsHistoricalUpdate))]
[JsonSerializable(typeof(EmploymentRecordsChanged))]
[JsonSerializable(typeof(EmploymentMetricsHistoricalUpdate))]
[JsonSerializable(typeof(InvestmentsHistoricalUpdate))]
[JsonSerializable(typeof(InvestmentTransactionsHistoricalUpdate))]
[JsonSerializable(typeof(FinancialStatementsHistoricalUpdate))]
[JsonSerializable(typeof(TaxReturnsHistoricalUpdate))]
[JsonSerializable(typeof(TaxStatusHistoricalUpdate))]
[JsonSerializable(typeof(TaxComplianceStatusHistoricalUpdate))]
[JsonSerializable(typeof(InvoicesInitialInflowUpdate))]
[JsonSerializable(typeof(InvoicesInitialOutflowUpdate))]
[JsonSerializable(typeof(OpenFinanceConsentAboutToExpire))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
