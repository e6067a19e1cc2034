using Microsoft.Extensions.Time.Testing;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>The in-memory de-duplication on a fake clock: claims, leases, retention, capacity.</summary>
public sealed class InMemoryWebhookDeduplicatorTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task A_claim_is_in_progress_until_completed_then_processed_until_the_retention_ends()
    {
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 10);

        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w1", Lease, default));
        Assert.Equal(WebhookClaimResult.InProgress, await deduplicator.TryBeginAsync("w1", Lease, default));
        await deduplicator.CompleteAsync("w1", Retention, default);
        clock.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.Equal(WebhookClaimResult.AlreadyProcessed, await deduplicator.TryBeginAsync("w1", Lease, default));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w1", Lease, default));
    }

    [Fact]
    public async Task A_claim_never_completed_lapses_after_its_lease()
    {
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 10);

        await deduplicator.TryBeginAsync("w1", Lease, default);
        clock.Advance(Lease - TimeSpan.FromTicks(1));
        Assert.Equal(WebhookClaimResult.InProgress, await deduplicator.TryBeginAsync("w1", Lease, default));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w1", Lease, default));
    }

    [Fact]
    public async Task An_abandoned_claim_can_be_claimed_again_but_a_completed_one_is_not_abandoned()
    {
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 10);

        await deduplicator.TryBeginAsync("w1", Lease, default);
        await deduplicator.AbandonAsync("w1", default);
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w1", Lease, default));
        await deduplicator.CompleteAsync("w1", Retention, default);
        await deduplicator.AbandonAsync("w1", default);
        Assert.Equal(WebhookClaimResult.AlreadyProcessed, await deduplicator.TryBeginAsync("w1", Lease, default));
    }

    [Fact]
    public async Task Memory_is_bounded_the_oldest_id_is_forgotten_first()
    {
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 3);

        foreach (var id in new[] { "w1", "w2", "w3", "w4" })
        {
            await deduplicator.TryBeginAsync(id, Lease, default);
            await deduplicator.CompleteAsync(id, Retention, default);
        }

        Assert.Equal(3, deduplicator.Count);
        Assert.Equal(WebhookClaimResult.AlreadyProcessed, await deduplicator.TryBeginAsync("w4", Lease, default));
        Assert.Equal(WebhookClaimResult.AlreadyProcessed, await deduplicator.TryBeginAsync("w2", Lease, default));
        Assert.Equal(WebhookClaimResult.Claimed, await deduplicator.TryBeginAsync("w1", Lease, default));
    }

    [Fact]
    public async Task Expired_ids_are_dropped_when_new_ones_arrive()
    {
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 100);
        for (var i = 0; i < 50; i++)
        {
            await deduplicator.CompleteAsync($"old{i}", TimeSpan.FromMinutes(1), default);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await deduplicator.TryBeginAsync("new", Lease, default);

        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryWebhookDeduplicator(clock, capacity: 0));
        var deduplicator = new InMemoryWebhookDeduplicator(clock, capacity: 1);
        await Assert.ThrowsAsync<ArgumentException>(() => deduplicator.TryBeginAsync(string.Empty, Lease, default).AsTask());
    }
}
