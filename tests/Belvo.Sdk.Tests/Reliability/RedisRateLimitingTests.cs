using System.Collections.Concurrent;
using RedisRateLimiting;
using StackExchange.Redis;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// A fleet's shared budget: two clients (two processes, in production) put their DELETEs behind one Redis-backed
/// fixed-window limiter per resource, through <see cref="BelvoRateLimiters.Deletes"/>. Against the real Redis server
/// at BELVO_TEST_REDIS (which <c>.ci/run</c> starts; without it this test fails, it never skips), with a budget scaled
/// down to 2 DELETEs per 1-second window so that the run is short and bounded: every call completes, the ones over
/// budget having waited the wait Redis named, and no two windows' worth of DELETEs ever reach Belvo within one window.
/// </summary>
public sealed class RedisRateLimitingTests : IDisposable
{
    private const string RedisVariable = "BELVO_TEST_REDIS";
    private const int Permits = 2;
    private const int Calls = 6;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly BelvoTestServer _belvo = new();
    private readonly CapturedLogs _logs = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task Two_clients_sharing_a_Redis_limiter_stay_under_one_budget()
    {
        var address = Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{RedisVariable} is not set: this test needs a real Redis server. Run 'bash .ci/run', or start one " +
                $"(redis-server --port 6390 --save '' --appendonly no) and set {RedisVariable}=127.0.0.1:6390.");
        using var redis = await ConnectionMultiplexer.ConnectAsync(address);
        var prefix = $"belvo-tests:{Guid.NewGuid():N}:deletes:";
        var created = new ConcurrentBag<string>();
        var passed = new ConcurrentQueue<TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _belvo.Server.Given(Request.Create().WithPath("/api/links/*").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        // What each instance of a service would do at start-up: the same Redis keys, so one budget.
        BelvoClient NewInstance(LoggerFactoryHolder logs) => new(
            _belvo.Options(),
            new BelvoPipelineOptions
            {
                LoggerFactory = logs.Factory,
                RateLimiter = BelvoRateLimiters.Deletes(resource =>
                {
                    created.Add(resource);
                    return new RedisFixedWindowRateLimiter<string>(
                        prefix + resource,
                        new RedisFixedWindowRateLimiterOptions { ConnectionMultiplexerFactory = () => redis, PermitLimit = Permits, Window = Window });
                }),
            }.AddHandler(new PassTimes(passed, clock), BelvoHandlerPosition.PerAttempt));

        using var logs = new LoggerFactoryHolder(_logs);
        using var first = NewInstance(logs);
        using var second = NewInstance(logs);
        var started = DateTime.UtcNow;

        var calls = Enumerable.Range(0, Calls).Select(i => (i % 2 == 0 ? first : second).Links.DeleteAsync(Guid.NewGuid())).ToList();
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(Calls, _belvo.Requests.Count);
        Assert.Equal(["links", "links"], created.Order());

        // Fixed windows of 2 permits: DELETE i and DELETE i + 4 lie in windows at least two apart, so a whole window
        // (at least 1 s) lies between the moments they left the limiter (less a margin for the time between Redis
        // granting a permit and the next handler running). Timed where they leave the limiter, not where they reach
        // the server, so that a loaded machine delaying one request's delivery cannot reorder them.
        var times = passed.Order().ToList();
        Assert.Equal(Calls, times.Count);
        for (var i = 0; i + (2 * Permits) < times.Count; i++)
        {
            var gap = times[i + (2 * Permits)] - times[i];
            Assert.True(gap >= Window - TimeSpan.FromMilliseconds(300), $"DELETEs {i + 1} and {i + 1 + (2 * Permits)} left the limiter {gap.TotalMilliseconds:F0} ms apart.");
        }

        Assert.True(_logs.Entries.Count(entry => entry.EventId == 21) >= Calls - Permits, "Every call over budget logs its wait.");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    /// <summary>Records when each attempt has passed the rate limiter (a per-attempt handler runs after it).</summary>
    private sealed class PassTimes(ConcurrentQueue<TimeSpan> times, System.Diagnostics.Stopwatch clock) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            times.Enqueue(clock.Elapsed);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Owns the logger factory of the test's clients.</summary>
    private sealed class LoggerFactoryHolder(CapturedLogs logs) : IDisposable
    {
        public Microsoft.Extensions.Logging.ILoggerFactory Factory { get; } = logs.CreateFactory();

        public void Dispose() => Factory.Dispose();
    }
}
