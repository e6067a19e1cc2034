using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Belvo.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>One instance: the same webhook delivered again runs its handlers once.</summary>
public sealed class DeduplicationTests
{
    [Fact]
    public async Task The_same_webhook_delivered_twice_reaches_a_handler_once()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);
        var body = DocumentedWebhooks.All[2].Json;

        using var first = await app.PostAsync(body);
        await handled.WaitForCountAsync(1);
        await app.WaitForLogAsync(WebhookLogEvents.Handled);
        using var second = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(handled.All);
        Assert.Equal(2, app.Metrics.Sum(BelvoWebhookTelemetry.Received));
        var duplicate = Assert.Single(app.Metrics.Of(BelvoWebhookTelemetry.Duplicates));
        Assert.Equal("TRANSACTIONS", duplicate.Tags[BelvoWebhookTelemetry.WebhookTypeTag]);
        Assert.Contains(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.AlreadyProcessed);
    }

    [Fact]
    public async Task A_delivery_while_the_first_is_still_handled_gets_409_so_Belvo_retries_later()
    {
        var handled = new HandledWebhooks();
        var gate = new Gate();
        await using var app = await ReceiverApp.StartAsync(
            handled,
            webhooks => webhooks.AddHandler<BelvoWebhook, GatedHandler>(),
            services: s => s.AddSingleton(gate));
        var body = DocumentedWebhooks.All[0].Json;

        using var first = await app.PostAsync(body);
        await gate.Entered;
        using var during = await app.PostAsync(body);
        gate.Open();
        await handled.WaitForCountAsync(1);
        await app.WaitForLogAsync(WebhookLogEvents.Handled);
        using var after = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(handled.All);
        Assert.Equal(2, app.Metrics.Sum(BelvoWebhookTelemetry.Duplicates));
    }

    [Fact]
    public async Task Different_webhooks_are_all_handled()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await app.PostAsync(DocumentedWebhooks.Body("OWNERS", "historical_update", $$"""{"total_owners": {{i}}}""", webhookId: $"{i:x32}"));
            return response.StatusCode;
        }));
        await handled.WaitForCountAsync(20);

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.Accepted, status));
        Assert.Equal(Enumerable.Range(0, 20), handled.All.Select(h => ((OwnersHistoricalUpdate)h.Webhook).TotalOwners!.Value).Order());
    }
}
