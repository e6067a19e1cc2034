using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// A webhook Belvo posted to your URL: what it is about (<see cref="WebhookType"/>, <see cref="WebhookCode"/>),
/// the link, and a <see cref="Data"/> object whose shape depends on both. Read it with <see cref="Parse(string)"/>
/// or <see cref="ParseAsync"/> after checking the <c>Authorization</c> header with
/// <see cref="WebhookAuthorization"/>, answer 2xx quickly, and process it idempotently by
/// <see cref="WebhookId"/>: Belvo retries a webhook that was not acknowledged.
/// </summary>
/// <example>
/// <code>
/// var webhook = await BelvoWebhook.ParseAsync(request.Body, cancellationToken);
/// if (webhook.GetTransactionsHistoricalUpdate() is { } history)
///     Console.WriteLine($"{history.TotalTransactions} transactions for link {webhook.LinkId}");
/// </code>
/// </example>
public sealed record BelvoWebhook
{
    /// <summary>Gets Belvo's identifier of this webhook (<c>webhook_id</c>); the same on every retry of it.</summary>
    [JsonPropertyName("webhook_id")]
    public required string WebhookId { get; init; }

    /// <summary>Gets what the webhook is about (<c>webhook_type</c>), for example <see cref="WebhookType.Transactions"/>.</summary>
    [JsonPropertyName("webhook_type")]
    public required WebhookType WebhookType { get; init; }

    /// <summary>Gets what happened (<c>webhook_code</c>), for example <see cref="WebhookCode.HistoricalUpdate"/>.</summary>
    [JsonPropertyName("webhook_code")]
    public required WebhookCode WebhookCode { get; init; }

    /// <summary>Gets which kind of load sent it (<c>process_type</c>), when Belvo says (newer API versions).</summary>
    [JsonPropertyName("process_type")]
    public WebhookProcessType? ProcessType { get; init; }

    /// <summary>Gets the link the webhook is about (<c>link_id</c>).</summary>
    [JsonPropertyName("link_id")]
    public Guid? LinkId { get; init; }

    /// <summary>
    /// Gets Belvo's request identifier (<c>request_id</c>); for <c>new_transactions_available</c> after an
    /// asynchronous retrieval it is the one the 202 answer returned.
    /// </summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    /// <summary>Gets your own identifier of the link (<c>external_id</c>), if you gave one.</summary>
    [JsonPropertyName("external_id")]
    public string? ExternalId { get; init; }

    /// <summary>
    /// Gets the event's details (<c>data</c>) as received. Prefer the typed accessors such as
    /// <see cref="GetTransactionsHistoricalUpdate"/>; read this for events they do not cover.
    /// </summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }

    /// <summary>Reads a webhook body.</summary>
    /// <param name="json">The body as text.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="JsonException">The body is not JSON, or not a Belvo webhook (no <c>webhook_id</c>, <c>webhook_type</c> or <c>webhook_code</c>).</exception>
    public static BelvoWebhook Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validate(JsonSerializer.Deserialize(json, HandWrittenJsonContext.Default.BelvoWebhook));
    }

    /// <summary>Reads a webhook body.</summary>
    /// <param name="utf8Json">The body as UTF-8 bytes.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="JsonException">The body is not JSON, or not a Belvo webhook.</exception>
    public static BelvoWebhook Parse(ReadOnlySpan<byte> utf8Json) =>
        Validate(JsonSerializer.Deserialize(utf8Json, HandWrittenJsonContext.Default.BelvoWebhook));

    /// <summary>Reads a webhook body from a stream, for example an ASP.NET Core <c>Request.Body</c>.</summary>
    /// <param name="utf8Json">The body as a UTF-8 stream; it is read to the end and not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="JsonException">The body is not JSON, or not a Belvo webhook.</exception>
    public static async ValueTask<BelvoWebhook> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var webhook = await JsonSerializer.DeserializeAsync(utf8Json, HandWrittenJsonContext.Default.BelvoWebhook, cancellationToken).ConfigureAwait(false);
        return Validate(webhook);
    }

    /// <summary>Gets a value indicating whether this webhook is of the given type and code.</summary>
    /// <param name="type">The expected <c>webhook_type</c>.</param>
    /// <param name="code">The expected <c>webhook_code</c>.</param>
    /// <returns><see langword="true"/> when both match.</returns>
    public bool Is(WebhookType type, WebhookCode code) => WebhookType == type && WebhookCode == code;

    /// <summary>Reads <see cref="Data"/> of an <c>ACCOUNTS</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public AccountsHistoricalUpdate? GetAccountsHistoricalUpdate() =>
        DataOf(WebhookType.Accounts, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.AccountsHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of a <c>TRANSACTIONS</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public TransactionsHistoricalUpdate? GetTransactionsHistoricalUpdate() =>
        DataOf(WebhookType.Transactions, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.TransactionsHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of an <c>OWNERS</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public OwnersHistoricalUpdate? GetOwnersHistoricalUpdate() =>
        DataOf(WebhookType.Owners, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.OwnersHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of an <c>INVOICES</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public InvoicesHistoricalUpdate? GetInvoicesHistoricalUpdate() =>
        DataOf(WebhookType.Invoices, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.InvoicesHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of a <c>TAX_RETURNS</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public TaxReturnsHistoricalUpdate? GetTaxReturnsHistoricalUpdate() =>
        DataOf(WebhookType.TaxReturns, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.TaxReturnsHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of a <c>TAX_STATUS</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public TaxStatusHistoricalUpdate? GetTaxStatusHistoricalUpdate() =>
        DataOf(WebhookType.TaxStatus, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.TaxStatusHistoricalUpdate);

    /// <summary>Reads <see cref="Data"/> of an <c>INCOMES</c> / <c>historical_update</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public IncomesHistoricalUpdate? GetIncomesHistoricalUpdate() =>
        DataOf(WebhookType.Incomes, WebhookCode.HistoricalUpdate, HandWrittenJsonContext.Default.IncomesHistoricalUpdate);

    /// <summary>
    /// Reads <see cref="Data"/> of a <c>new_accounts_available</c>, <c>new_transactions_available</c>,
    /// <c>new_owners_available</c> or <c>new_bills_available</c> webhook.
    /// </summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public NewItemsAvailable? GetNewItemsAvailable() =>
        WebhookCode == WebhookCode.NewAccountsAvailable
        || WebhookCode == WebhookCode.NewTransactionsAvailable
        || WebhookCode == WebhookCode.NewOwnersAvailable
        || WebhookCode == WebhookCode.NewBillsAvailable
            ? DataOf(HandWrittenJsonContext.Default.NewItemsAvailable)
            : null;

    /// <summary>Reads <see cref="Data"/> of a <c>LINK</c> / <c>invalid_credentials</c> webhook.</summary>
    /// <returns>The data, or <see langword="null"/> for any other webhook.</returns>
    /// <exception cref="JsonException">A documented field has the wrong JSON type.</exception>
    public LinkInvalidCredentials? GetLinkInvalidCredentials() =>
        DataOf(WebhookType.Link, WebhookCode.InvalidCredentials, HandWrittenJsonContext.Default.LinkInvalidCredentials);

    private T? DataOf<T>(WebhookType type, WebhookCode code, JsonTypeInfo<T> typeInfo)
        where T : class =>
        Is(type, code) ? DataOf(typeInfo) : null;

    // A webhook of the right kind whose data is missing or not an object reads as an empty record.
    private T? DataOf<T>(JsonTypeInfo<T> typeInfo)
        where T : class =>
        Data.ValueKind == JsonValueKind.Object
            ? Data.Deserialize(typeInfo)
            : JsonSerializer.Deserialize("{}", typeInfo);

    private static BelvoWebhook Validate(BelvoWebhook? webhook)
    {
        if (webhook is null)
        {
            throw new JsonException("The body is JSON null, not a Belvo webhook.");
        }

        if (string.IsNullOrEmpty(webhook.WebhookId) || webhook.WebhookType.Value.Length == 0 || webhook.WebhookCode.Value.Length == 0)
        {
            throw new JsonException("The body is not a Belvo webhook: webhook_id, webhook_type and webhook_code must be non-empty strings.");
        }

        return webhook;
    }
}
