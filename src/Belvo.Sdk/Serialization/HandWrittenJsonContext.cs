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
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
