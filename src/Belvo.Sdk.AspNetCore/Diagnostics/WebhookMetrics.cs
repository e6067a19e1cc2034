using System.Diagnostics;
using System.Diagnostics.Metrics;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Diagnostics;

/// <summary>The endpoint's counters, on a meter named <see cref="BelvoWebhookTelemetry.MeterName"/> made by the host's <see cref="IMeterFactory"/>.</summary>
internal sealed class WebhookMetrics
{
    private readonly Counter<long> received;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> handlerFailures;
    private readonly Counter<long> rejected;

    public WebhookMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(BelvoWebhookTelemetry.MeterName);
        received = meter.CreateCounter<long>(BelvoWebhookTelemetry.Received, "{webhook}", "Authorized, well-formed Belvo webhooks received, duplicates included.");
        duplicates = meter.CreateCounter<long>(BelvoWebhookTelemetry.Duplicates, "{webhook}", "Belvo webhooks acknowledged without running handlers: already processed or in progress.");
        handlerFailures = meter.CreateCounter<long>(BelvoWebhookTelemetry.HandlerFailures, "{attempt}", "Failed attempts of Belvo webhook handlers.");
        rejected = meter.CreateCounter<long>(BelvoWebhookTelemetry.Rejected, "{request}", "Requests to the Belvo webhook endpoint refused before a webhook was read.");
    }

    public void Received(BelvoWebhook webhook) => received.Add(1, Tags(webhook));

    public void Duplicate(BelvoWebhook webhook) => duplicates.Add(1, Tags(webhook));

    public void HandlerFailed(BelvoWebhook webhook, string handler)
    {
        var tags = Tags(webhook);
        tags.Add(BelvoWebhookTelemetry.HandlerTag, handler);
        handlerFailures.Add(1, tags);
    }

    public void Rejected(int statusCode) => rejected.Add(1, new KeyValuePair<string, object?>(BelvoWebhookTelemetry.StatusCodeTag, statusCode));

    private static TagList Tags(BelvoWebhook webhook) => new()
    {
        { BelvoWebhookTelemetry.WebhookTypeTag, webhook.WebhookType.Value },
        { BelvoWebhookTelemetry.WebhookCodeTag, webhook.WebhookCode.Value },
    };
}
