using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>The fields every Belvo webhook body has, as read from the wire before the event type is known.</summary>
internal sealed record WebhookEnvelope
{
    [JsonPropertyName("webhook_id")]
    public string? WebhookId { get; init; }

    [JsonPropertyName("webhook_type")]
    public WebhookType WebhookType { get; init; }

    [JsonPropertyName("webhook_code")]
    public WebhookCode WebhookCode { get; init; }

    [JsonPropertyName("process_type")]
    public WebhookProcessType? ProcessType { get; init; }

    [JsonPropertyName("link_id")]
    public Guid? LinkId { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("external_id")]
    public string? ExternalId { get; init; }

    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }

    /// <summary>Copies these fields onto a typed event (a record made with only its <c>data</c> fields).</summary>
    public BelvoWebhook ApplyTo(BelvoWebhook webhook) => webhook with
    {
        WebhookId = WebhookId!,
        WebhookType = WebhookType,
        WebhookCode = WebhookCode,
        ProcessType = ProcessType,
        LinkId = LinkId,
        RequestId = RequestId,
        ExternalId = ExternalId,
        Data = Data,
    };
}
