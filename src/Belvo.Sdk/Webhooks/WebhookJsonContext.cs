using System.Text.Json.Serialization;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// The source-generated JSON context of webhook payloads. Same options as the SDK's other contexts (see
/// <see cref="HandWrittenJsonContext"/>): snake_case, nulls omitted when writing, numbers accepted from
/// strings, lenient dates. Kept apart from <see cref="BelvoJsonContext"/>, whose attributes are generated.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateOnlyConverter)])]
[JsonSerializable(typeof(BelvoWebhook))]
[JsonSerializable(typeof(AccountsHistoricalUpdate))]
[JsonSerializable(typeof(TransactionsHistoricalUpdate))]
[JsonSerializable(typeof(OwnersHistoricalUpdate))]
[JsonSerializable(typeof(InvoicesHistoricalUpdate))]
[JsonSerializable(typeof(TaxReturnsHistoricalUpdate))]
[JsonSerializable(typeof(TaxStatusHistoricalUpdate))]
[JsonSerializable(typeof(IncomesHistoricalUpdate))]
[JsonSerializable(typeof(NewItemsAvailable))]
[JsonSerializable(typeof(LinkInvalidCredentials))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
