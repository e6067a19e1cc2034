using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>Every documented webhook posted to a real Kestrel endpoint reaches the handler of its record type.</summary>
public sealed class ReceivingTests
{
    [Fact]
    public async Task Every_documented_webhook_reaches_its_typed_handler_with_its_fields()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, webhooks =>
        {
            Handlers.RecordEveryEvent(webhooks);
            Handlers.RecordAll(webhooks);
        });

        foreach (var documented in DocumentedWebhooks.All)
        {
            using var response = await app.PostAsync(documented.Json);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var count = DocumentedWebhooks.All.Count;
        await handled.WaitForCountAsync(2 * count);
        foreach (var documented in DocumentedWebhooks.All)
        {
            var typedHandler = $"RecordingHandler<{documented.Expected.GetType().Name}>";
            var received = Assert.Single(handled.By(typedHandler));
            WebhookAssert.Equivalent(documented.Expected, received);
        }

        Assert.Equal(count, handled.By(Recorded.By<BelvoWebhook>()).Count);
        Assert.Empty(handled.By(Recorded.By<UnknownWebhook>()));
        Assert.Equal(count, app.Metrics.Sum(BelvoWebhookTelemetry.Received));
        Assert.Contains(
            app.Metrics.Of(BelvoWebhookTelemetry.Received),
            m => (string?)m.Tags[BelvoWebhookTelemetry.WebhookTypeTag] == "TAX_RETURNS" && (string?)m.Tags[BelvoWebhookTelemetry.WebhookCodeTag] == "historical_update");
    }

    [Fact]
    public async Task An_unknown_type_and_code_reaches_the_catch_all_with_its_raw_json()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);
        var body = DocumentedWebhooks.Body("PAYMENTS", "payment_settled", """{"amount": "12.50", "currency": "BRL"}""");

        using var response = await app.PostAsync(body);
        await handled.WaitForCountAsync(1);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var unknown = Assert.IsType<UnknownWebhook>(Assert.Single(handled.By(Recorded.By<BelvoWebhook>())));
        Assert.Equal(body, unknown.RawJson);
        Assert.Equal("PAYMENTS", unknown.WebhookType.Value);
        Assert.Equal("12.50", unknown.Data.GetProperty("amount").GetString());
    }

    [Fact]
    public async Task A_handler_of_a_shared_base_record_takes_every_event_deriving_from_it()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, webhooks => webhooks
            .AddHandler<InvoicesInitialUpdate, RecordingHandler<InvoicesInitialUpdate>>()
            .AddHandler<InvoicesInitialUpdate, RecordingHandler<InvoicesInitialUpdate>>());

        foreach (var documented in DocumentedWebhooks.All)
        {
            using var response = await app.PostAsync(documented.Json);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await handled.WaitForCountAsync(2);
        await Task.Delay(200); // nothing else arrives: the registration added twice runs once
        Assert.Equal(
            [typeof(InvoicesInitialInflowUpdate), typeof(InvoicesInitialOutflowUpdate)],
            handled.All.Select(h => h.Webhook.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_webhook_without_handlers_is_acknowledged_and_remembered()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled);
        var body = DocumentedWebhooks.All[0].Json;

        using var first = await app.PostAsync(body);
        await app.WaitForLogAsync(WebhookLogEvents.Handled);
        using var second = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
