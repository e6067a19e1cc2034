using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>Failing handlers are retried with a doubling back-off on the host's clock (a fake one here), counted and logged.</summary>
public sealed class RetryTests
{
    private static readonly string Accounts = DocumentedWebhooks.All[0].Json;

    private static Task<ReceiverApp> StartAsync(HandledWebhooks handled, Flakiness flakiness, FakeTimeProvider clock, int attempts, bool hang = false) =>
        ReceiverApp.StartAsync(
            handled,
            webhooks =>
            {
                if (hang)
                {
                    webhooks.AddHandler<Sdk.Webhooks.AccountsHistoricalUpdate, HangingHandler>();
                }
                else
                {
                    webhooks.AddHandler<Sdk.Webhooks.AccountsHistoricalUpdate, FlakyHandler>();
                }
            },
            o =>
            {
                o.MaxHandlerAttempts = attempts;
                o.RetryDelay = TimeSpan.FromSeconds(10);
                o.HandlerTimeout = TimeSpan.FromSeconds(30);
            },
            s => s.AddSingleton(flakiness).AddSingleton<TimeProvider>(clock));

    // Moves the fake clock a second at a time until the condition holds (the handler's timer may not exist yet).
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(HandledWebhooks.Patience);
        while (!condition())
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5, patience.Token);
        }
    }

    [Fact]
    public async Task A_throwing_handler_is_retried_after_10_then_20_seconds_and_each_failure_is_counted()
    {
        var handled = new HandledWebhooks();
        var flakiness = new Flakiness { Failures = 2 };
        var clock = new FakeTimeProvider();
        await using var app = await StartAsync(handled, flakiness, clock, attempts: 3);

        using var response = await app.PostAsync(Accounts);
        await Eventually.HoldsAsync(() => flakiness.Attempts == 1);
        await AdvanceUntilAsync(clock, () => flakiness.Attempts == 2);
        await AdvanceUntilAsync(clock, () => flakiness.Attempts == 3);
        await handled.WaitForCountAsync(1);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var times = flakiness.Times;
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
        Assert.InRange(times[2] - times[1], TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(21));
        var failures = app.Metrics.Of(BelvoWebhookTelemetry.HandlerFailures);
        Assert.Equal(2, failures.Sum(f => f.Value));
        Assert.All(failures, f =>
        {
            Assert.Equal("ACCOUNTS", f.Tags[BelvoWebhookTelemetry.WebhookTypeTag]);
            Assert.Equal("historical_update", f.Tags[BelvoWebhookTelemetry.WebhookCodeTag]);
            Assert.Equal(nameof(FlakyHandler), f.Tags[BelvoWebhookTelemetry.HandlerTag]);
        });
        Assert.Equal(2, app.Logs.Belvo.Count(l => l.Event.Id == WebhookLogEvents.HandlerFailed));
        Assert.Contains(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.HandlerFailed && l.Text.Contains("fails on purpose", StringComparison.Ordinal));

        await app.WaitForLogAsync(WebhookLogEvents.Handled);
        using var redelivery = await app.PostAsync(Accounts);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_is_given_up_and_the_webhook_stays_unprocessed()
    {
        var handled = new HandledWebhooks();
        var flakiness = new Flakiness { Failures = int.MaxValue };
        var clock = new FakeTimeProvider();
        await using var app = await StartAsync(handled, flakiness, clock, attempts: 2);

        using var response = await app.PostAsync(Accounts);
        await AdvanceUntilAsync(clock, () => app.Logs.Belvo.Any(l => l.Event.Id == WebhookLogEvents.HandlerGaveUp));
        using var redelivery = await app.PostAsync(Accounts);
        await AdvanceUntilAsync(clock, () => app.Logs.Belvo.Count(l => l.Event.Id == WebhookLogEvents.HandlerGaveUp) == 2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, redelivery.StatusCode);
        Assert.Equal(4, flakiness.Attempts);
        Assert.Equal(4, app.Metrics.Sum(BelvoWebhookTelemetry.HandlerFailures));
        Assert.Empty(handled.All);
    }

    [Fact]
    public async Task A_handler_over_its_time_budget_is_cancelled_and_counted_as_a_failure()
    {
        var handled = new HandledWebhooks();
        var flakiness = new Flakiness();
        var clock = new FakeTimeProvider();
        await using var app = await StartAsync(handled, flakiness, clock, attempts: 1, hang: true);

        using var response = await app.PostAsync(Accounts);
        await Eventually.HoldsAsync(() => flakiness.Attempts == 1);
        await AdvanceUntilAsync(clock, () => app.Logs.Belvo.Any(l => l.Event.Id == WebhookLogEvents.HandlerGaveUp));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, app.Metrics.Sum(BelvoWebhookTelemetry.HandlerFailures));
        Assert.Contains(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.HandlerGaveUp && l.Text.Contains(nameof(TimeoutException), StringComparison.Ordinal));
    }
}
