using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>On shutdown the queue is drained within the host's shutdown timeout; what is left is released and logged.</summary>
public sealed class ShutdownTests
{
    private static Task<ReceiverApp> StartAsync(HandledWebhooks handled, Gate gate, TimeSpan shutdownTimeout) =>
        ReceiverApp.StartAsync(
            handled,
            webhooks => webhooks.AddHandler<Sdk.Webhooks.BelvoWebhook, GatedHandler>(),
            o => o.MaxConcurrentWebhooks = 1,
            s => s.AddSingleton(gate).Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout));

    [Fact]
    public async Task Stopping_drains_the_webhooks_already_accepted()
    {
        var handled = new HandledWebhooks();
        var gate = new Gate();
        await using var app = await StartAsync(handled, gate, TimeSpan.FromSeconds(15));
        using var running = await app.PostAsync(DocumentedWebhooks.All[0].Json);
        await gate.Entered;
        using var queued = await app.PostAsync(DocumentedWebhooks.All[1].Json);

        var stopping = app.App.StopAsync();
        await Task.Delay(100);
        Assert.False(stopping.IsCompleted);
        gate.Open();
        await stopping.WaitAsync(HandledWebhooks.Patience);

        Assert.Equal(HttpStatusCode.Accepted, running.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal(2, handled.All.Count);
        Assert.DoesNotContain(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.NotHandledAtShutdown);
    }

    [Fact]
    public async Task What_is_not_handled_when_the_shutdown_timeout_ends_is_cancelled_released_and_logged()
    {
        var handled = new HandledWebhooks();
        var gate = new Gate();
        await using var app = await StartAsync(handled, gate, TimeSpan.FromMilliseconds(300));
        var deduplicator = app.Services.GetRequiredService<IWebhookDeduplicator>();
        using var running = await app.PostAsync(DocumentedWebhooks.All[0].Json);
        await gate.Entered;
        using var queued = await app.PostAsync(DocumentedWebhooks.All[1].Json);

        await app.App.StopAsync().WaitAsync(HandledWebhooks.Patience);

        Assert.Empty(handled.All);
        Assert.Equal(2, app.Logs.Belvo.Count(l => l.Event.Id == WebhookLogEvents.NotHandledAtShutdown));
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync(DocumentedWebhooks.All[0].Expected.WebhookId, TimeSpan.FromMinutes(1), default));
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync(DocumentedWebhooks.All[1].Expected.WebhookId, TimeSpan.FromMinutes(1), default));
    }
}
