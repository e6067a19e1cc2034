namespace Belvo.Sdk.Webhooks;

/// <summary>One row of <see cref="WebhookEventMap"/>: a documented (type, code) and the record it reads as.</summary>
internal sealed class WebhookEvent
{
    private readonly Func<WebhookEnvelope, BelvoWebhook> create;

    public WebhookEvent(WebhookType? webhookType, WebhookCode webhookCode, Type recordType, bool hasTypedData, Func<WebhookEnvelope, BelvoWebhook> create)
    {
        WebhookType = webhookType;
        WebhookCode = webhookCode;
        RecordType = recordType;
        HasTypedData = hasTypedData;
        this.create = create;
    }

    /// <summary>Gets the <c>webhook_type</c>, or <see langword="null"/> when Belvo does not document it (any type matches).</summary>
    public WebhookType? WebhookType { get; }

    /// <summary>Gets the <c>webhook_code</c>.</summary>
    public WebhookCode WebhookCode { get; }

    /// <summary>Gets the record the webhook reads as.</summary>
    public Type RecordType { get; }

    /// <summary>Gets a value indicating whether Belvo documents <c>data</c> fields for it (typed properties).</summary>
    public bool HasTypedData { get; }

    /// <summary>Reads the typed event from an envelope already checked.</summary>
    /// <exception cref="WebhookFormatException">A documented <c>data</c> field has the wrong JSON type.</exception>
    public BelvoWebhook Create(WebhookEnvelope envelope) => envelope.ApplyTo(create(envelope));
}
