namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// The names of the endpoint's metrics, for example to export them with OpenTelemetry
/// (<c>metrics.AddMeter(BelvoWebhookTelemetry.MeterName)</c>). Counters are tagged with
/// <see cref="WebhookTypeTag"/> and <see cref="WebhookCodeTag"/> (and <see cref="HandlerTag"/> for failures).
/// </summary>
public static class BelvoWebhookTelemetry
{
    /// <summary>The meter's name: <c>Belvo.Sdk</c>.</summary>
    public const string MeterName = "Belvo.Sdk";

    /// <summary>Authorized webhooks read from a well-formed body, duplicates included.</summary>
    public const string Received = "belvo.webhooks.received";

    /// <summary>Webhooks acknowledged without running handlers: already processed, or in progress elsewhere.</summary>
    public const string Duplicates = "belvo.webhooks.duplicates";

    /// <summary>Failed handler attempts (an exception, or the handler timeout), one per attempt.</summary>
    public const string HandlerFailures = "belvo.webhooks.handler_failures";

    /// <summary>Requests refused before reading a webhook (401, 400, 413), tagged with <see cref="StatusCodeTag"/>.</summary>
    public const string Rejected = "belvo.webhooks.rejected";

    /// <summary>The tag holding the <c>webhook_type</c>.</summary>
    public const string WebhookTypeTag = "belvo.webhook.type";

    /// <summary>The tag holding the <c>webhook_code</c>.</summary>
    public const string WebhookCodeTag = "belvo.webhook.code";

    /// <summary>The tag holding the failing handler's type name.</summary>
    public const string HandlerTag = "belvo.webhook.handler";

    /// <summary>The tag holding the HTTP status a rejected request got.</summary>
    public const string StatusCodeTag = "http.response.status_code";
}
