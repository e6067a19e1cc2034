using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// A webhook Belvo posted to your URL. <see cref="Parse(string)"/> returns one record type per documented
/// (<c>webhook_type</c>, <c>webhook_code</c>), such as <see cref="TransactionsHistoricalUpdate"/>, with the
/// documented <c>data</c> fields as typed properties, or an <see cref="UnknownWebhook"/> for anything else, so
/// an event Belvo adds later never breaks a receiver. Every record has the envelope (<see cref="WebhookId"/>,
/// <see cref="LinkId"/>, …) and the <c>data</c> object as received (<see cref="Data"/>). Check the
/// <c>Authorization</c> header with <see cref="WebhookAuthorization"/> first, answer 2xx quickly, and process
/// the webhook idempotently by <see cref="WebhookId"/>: Belvo retries a webhook that was not acknowledged.
/// </summary>
/// <example>
/// <code>
/// switch (await BelvoWebhook.ParseAsync(request.Body, cancellationToken))
/// {
///     case TransactionsHistoricalUpdate history:
///         Console.WriteLine($"{history.TotalTransactions} transactions for link {history.LinkId}");
///         break;
///     case LinkInvalidCredentials invalid:
///         await AskForNewCredentialsAsync(invalid.LinkId, cancellationToken);
///         break;
///     case UnknownWebhook unknown:
///         logger.LogInformation("Not handled: {Type} / {Code}", unknown.WebhookType, unknown.WebhookCode);
///         break;
/// }
/// </code>
/// </example>
public abstract record BelvoWebhook
{
    /// <summary>Lets only this library's event records derive from the envelope.</summary>
    private protected BelvoWebhook()
    {
    }

    /// <summary>Gets Belvo's identifier of this webhook (<c>webhook_id</c>); the same on every retry of it.</summary>
    [JsonIgnore]
    public string WebhookId { get; init; } = string.Empty;

    /// <summary>Gets what the webhook is about (<c>webhook_type</c>), for example <see cref="WebhookType.Transactions"/>.</summary>
    [JsonIgnore]
    public WebhookType WebhookType { get; init; }

    /// <summary>Gets what happened (<c>webhook_code</c>), for example <see cref="WebhookCode.HistoricalUpdate"/>.</summary>
    [JsonIgnore]
    public WebhookCode WebhookCode { get; init; }

    /// <summary>Gets which kind of load sent it (<c>process_type</c>), when Belvo says (newer API versions).</summary>
    [JsonIgnore]
    public WebhookProcessType? ProcessType { get; init; }

    /// <summary>Gets the link the webhook is about (<c>link_id</c>).</summary>
    [JsonIgnore]
    public Guid? LinkId { get; init; }

    /// <summary>
    /// Gets Belvo's request identifier (<c>request_id</c>); for a webhook that completes an asynchronous call
    /// (a 202 answer) it is the one that answer returned.
    /// </summary>
    [JsonIgnore]
    public string? RequestId { get; init; }

    /// <summary>Gets your own identifier of the link (<c>external_id</c>), if you gave one.</summary>
    [JsonIgnore]
    public string? ExternalId { get; init; }

    /// <summary>
    /// Gets the event's details (<c>data</c>) exactly as received; <see cref="JsonValueKind.Undefined"/> when
    /// the body had none. The typed properties of each record are read from it; read it directly for fields
    /// Belvo does not document.
    /// </summary>
    [JsonIgnore]
    public JsonElement Data { get; init; }

    /// <summary>Reads a webhook body.</summary>
    /// <param name="json">The body as text.</param>
    /// <returns>The typed event, or an <see cref="UnknownWebhook"/> for a type and code this library does not know.</returns>
    /// <exception cref="WebhookFormatException">The body is not JSON, not a Belvo webhook (no <c>webhook_id</c>, <c>webhook_type</c> or <c>webhook_code</c>), or a documented field has the wrong JSON type.</exception>
    public static BelvoWebhook Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a webhook body.</summary>
    /// <param name="utf8Json">The body as UTF-8 bytes.</param>
    /// <returns>The typed event, or an <see cref="UnknownWebhook"/> for a type and code this library does not know.</returns>
    /// <exception cref="WebhookFormatException">The body is not JSON, not a Belvo webhook, or a documented field has the wrong JSON type.</exception>
    public static BelvoWebhook Parse(ReadOnlySpan<byte> utf8Json)
    {
        var envelope = ReadEnvelope(utf8Json);
        return WebhookEventMap.Find(envelope.WebhookType, envelope.WebhookCode) is { } known
            ? known.Create(envelope)
            : envelope.ApplyTo(new UnknownWebhook { RawJson = Encoding.UTF8.GetString(utf8Json) });
    }

    /// <summary>Reads a webhook body from a stream, for example an ASP.NET Core <c>Request.Body</c>.</summary>
    /// <param name="utf8Json">The body as a UTF-8 stream; it is read to the end and not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The typed event, or an <see cref="UnknownWebhook"/> for a type and code this library does not know.</returns>
    /// <exception cref="WebhookFormatException">The body is not JSON, not a Belvo webhook, or a documented field has the wrong JSON type.</exception>
    public static async ValueTask<BelvoWebhook> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var body = new MemoryStream();
        await utf8Json.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        return Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>Gets a value indicating whether this webhook is of the given type and code.</summary>
    /// <param name="type">The expected <c>webhook_type</c>.</param>
    /// <param name="code">The expected <c>webhook_code</c>.</param>
    /// <returns><see langword="true"/> when both match.</returns>
    public bool Is(WebhookType type, WebhookCode code) => WebhookType == type && WebhookCode == code;

    private static WebhookEnvelope ReadEnvelope(ReadOnlySpan<byte> utf8Json)
    {
        WebhookEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(utf8Json, HandWrittenJsonContext.Default.WebhookEnvelope);
        }
        catch (JsonException error)
        {
            throw WebhookFormatException.NotAWebhook(error);
        }

        if (envelope is null || string.IsNullOrEmpty(envelope.WebhookId) || envelope.WebhookType.Value.Length == 0 || envelope.WebhookCode.Value.Length == 0)
        {
            throw WebhookFormatException.MissingEnvelope();
        }

        return envelope;
    }
}
