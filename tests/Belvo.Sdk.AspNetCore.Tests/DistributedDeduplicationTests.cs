using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>
/// De-duplication through IDistributedCache on a real Redis server (BELVO_TEST_REDIS): two receiver apps
/// sharing it handle a webhook once in total.
/// </summary>
public sealed class DistributedDeduplicationTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly string instance = TestRedis.UniquePrefix();

    private Task<ReceiverApp> StartAsync(HandledWebhooks handled, Action<BelvoWebhooksBuilder>? handlers = null, Action<IServiceCollection>? services = null) =>
        ReceiverApp.StartAsync(
            handled,
            webhooks =>
            {
                webhooks.UseDistributedCache(o => o.ClaimSettleDelay = TimeSpan.FromMilliseconds(50));
                (handlers ?? Handlers.RecordAll)(webhooks);
            },
            services: s =>
            {
                s.AddStackExchangeRedisCache(o =>
                {
                    o.Configuration = TestRedis.Address;
                    o.InstanceName = instance;
                });
                services?.Invoke(s);
            });

    private DistributedCacheWebhookDeduplicator NewDeduplicator()
    {
        var cache = new RedisCache(Options.Create(new RedisCacheOptions { Configuration = TestRedis.Address, InstanceName = instance }));
        return new DistributedCacheWebhookDeduplicator(cache, TimeProvider.System, Options.Create(new DistributedCacheDeduplicationOptions { ClaimSettleDelay = TimeSpan.FromMilliseconds(50) }));
    }

    [Fact]
    public async Task A_webhook_delivered_to_two_instances_one_after_the_other_is_handled_once()
    {
        var handled = new HandledWebhooks();
        await using var first = await StartAsync(handled);
        await using var second = await StartAsync(handled);
        var body = DocumentedWebhooks.All[2].Json;

        using var atFirst = await first.PostAsync(body);
        await handled.WaitForCountAsync(1);
        await first.WaitForLogAsync(WebhookLogEvents.Handled);
        using var atSecond = await second.PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, atFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atSecond.StatusCode);
        Assert.Single(handled.All);
        Assert.Equal(1, second.Metrics.Sum(BelvoWebhookTelemetry.Duplicates));
    }

    [Fact]
    public async Task A_webhook_delivered_to_two_instances_at_once_is_handled_once_in_total()
    {
        var handled = new HandledWebhooks();
        await using var first = await StartAsync(handled);
        await using var second = await StartAsync(handled);

        for (var i = 0; i < 5; i++)
        {
            var body = DocumentedWebhooks.Body("ACCOUNTS", "historical_update", $$"""{"total_accounts": {{i}}}""", webhookId: $"{0xabc0 + i:x32}");
            var responses = await Task.WhenAll(first.PostAsync(body), second.PostAsync(body));
            var statuses = responses.Select(r => r.StatusCode).Order().ToList();
            Array.ForEach(responses, r => r.Dispose());

            await handled.WaitForCountAsync(i + 1);
            Assert.Contains(HttpStatusCode.Accepted, statuses);
            Assert.Single(statuses, s => s == HttpStatusCode.Accepted);
            Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        }

        await Task.Delay(200);
        Assert.Equal(5, handled.All.Count);
        Assert.Equal(5, handled.All.Select(h => h.Webhook.WebhookId).Distinct().Count());
    }

    [Fact]
    public async Task A_failed_webhook_is_released_so_another_instance_handles_the_redelivery()
    {
        var handled = new HandledWebhooks();
        var flakiness = new Flakiness { Failures = 1 };
        await using var failing = await StartAsync(
            handled,
            w => w.AddHandler<Sdk.Webhooks.AccountsHistoricalUpdate, FlakyHandler>(),
            s => s.AddSingleton(flakiness).Configure<BelvoWebhookOptions>(o => o.MaxHandlerAttempts = 1));
        await using var healthy = await StartAsync(handled);
        var body = DocumentedWebhooks.All[0].Json;

        using var first = await failing.PostAsync(body);
        await failing.WaitForLogAsync(WebhookLogEvents.HandlerGaveUp);
        await Eventually.HoldsAsync(() => ClaimReleased(body));
        using var redelivered = await healthy.PostAsync(body);
        await handled.WaitForCountAsync(1);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, redelivered.StatusCode);
        Assert.Equal(Recorded.By<Sdk.Webhooks.BelvoWebhook>(), Assert.Single(handled.All).Handler);
    }

    [Fact]
    public async Task Only_one_of_two_instances_claiming_at_once_wins()
    {
        var one = NewDeduplicator();
        var other = NewDeduplicator();

        for (var i = 0; i < 10; i++)
        {
            var id = $"race-{i}";
            var results = await Task.WhenAll(one.TryBeginAsync(id, Lease, default).AsTask(), other.TryBeginAsync(id, Lease, default).AsTask());

            Assert.Single(results, r => r == WebhookClaimResult.Claimed);
            Assert.Single(results, r => r == WebhookClaimResult.InProgress);
        }
    }

    [Fact]
    public async Task Claims_and_processed_marks_expire_in_Redis_after_the_lease_and_the_retention()
    {
        var deduplicator = NewDeduplicator();
        var key = instance + "belvo:webhooks:w-ttl";

        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w-ttl", Lease, default));
        var leaseLeft = await TestRedis.Database.KeyTimeToLiveAsync(key);
        await deduplicator.CompleteAsync("w-ttl", Retention, default);
        var retentionLeft = await TestRedis.Database.KeyTimeToLiveAsync(key);

        Assert.InRange(leaseLeft!.Value, Lease - TimeSpan.FromSeconds(10), Lease);
        Assert.InRange(retentionLeft!.Value, Retention - TimeSpan.FromSeconds(10), Retention);
        Assert.Equal(WebhookClaimResult.AlreadyProcessed, await NewDeduplicator().TryBeginAsync("w-ttl", Lease, default));
    }

    [Fact]
    public async Task An_abandoned_claim_is_removed_but_another_instances_claim_is_left_alone()
    {
        var mine = NewDeduplicator();
        var theirs = NewDeduplicator();

        Assert.Equal(WebhookClaimResult.Claimed, await mine.TryBeginAsync("w-abandon", Lease, default));
        await theirs.AbandonAsync("w-abandon", default);
        Assert.Equal(WebhookClaimResult.InProgress, await theirs.TryBeginAsync("w-abandon", Lease, default));
        await mine.AbandonAsync("w-abandon", default);
        Assert.Equal(WebhookClaimResult.Claimed, await theirs.TryBeginAsync("w-abandon", Lease, default));
    }

    private bool ClaimReleased(string body)
    {
        var id = Sdk.Webhooks.BelvoWebhook.Parse(body).WebhookId;
        return TestRedis.Database.KeyExists(instance + "belvo:webhooks:" + id) is false;
    }
}
