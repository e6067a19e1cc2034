using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Belvo.Sdk.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer the SDK starts (retry waits, timeouts), so a
/// test can assert the exact wait and then advance the clock by exactly that much: no real sleeping.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _timers = new();
    private readonly SemaphoreSlim _started = new(0);

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _timers.Enqueue(dueTime);
            _started.Release();
        }

        return timer;
    }

    /// <summary>Waits (in real time, at most 10 s) until the SDK starts its next timer and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        if (!await _started.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The SDK started no timer within 10 seconds.");
        }

        Assert.True(_timers.TryDequeue(out var dueTime));
        return dueTime;
    }

    /// <summary>Waits for the next timer, asserts its due time, and lets exactly that much time pass.</summary>
    public async Task ElapseNextTimerAsync(TimeSpan expected)
    {
        Assert.Equal(expected, await NextTimerAsync());
        Advance(expected);
    }
}
