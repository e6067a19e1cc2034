using System.Net;
using System.Threading.RateLimiting;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// The client's rate limiter: Belvo's documented presets, any limiter of yours (one that queues, one that names a
/// wait, one that refuses), waits that are logged and end with cancellation, retries that take permits too; Belvo's own
/// 429; and the cap on connections to Belvo's host.
/// </summary>
public sealed class RateLimitingTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();
    private readonly CapturedLogs _logs = new();
    private readonly List<IDisposable> _disposables = [];

    public RateLimitingTests()
    {
        _belvo.Server.Given(Request.Create().WithPath("/api/*").UsingDelete()).AtPriority(10).RespondWith(Response.Create().WithStatusCode(204));
        _belvo.Server.Given(Request.Create().WithPath("/api/institutions/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"count":0,"next":null,"previous":null,"results":[]}"""));
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _belvo.Dispose();
    }

    [Fact]
    public async Task The_documented_preset_lets_five_deletes_of_a_kind_through_a_minute_and_holds_the_sixth()
    {
        using var limiter = BelvoRateLimiters.DocumentedDeletes();
        var client = Client(limiter);
        for (var i = 0; i < 5; i++)
        {
            await client.Links.DeleteAsync(Guid.NewGuid());
        }

        using var cancel = new CancellationTokenSource();
        var sixth = client.Links.DeleteAsync(Guid.NewGuid(), cancellationToken: cancel.Token);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));
        var line = await _logs.WaitForAsync("waits for a rate-limit permit");

        // Other kinds and other methods are not held by the links' budget.
        await client.Accounts.DeleteAsync(Guid.NewGuid());
        await client.Institutions.ListAsync().GetPageAsync();
        Assert.False(sixth.IsCompleted);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sixth);
        Assert.StartsWith("Belvo DELETE /api/links/", line, StringComparison.Ordinal);
        Assert.Equal(5, Count("DELETE", "/api/links/"));
        Assert.Equal(1, Count("DELETE", "/api/accounts/"));
    }

    [Theory]
    [InlineData("/api/links/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", "links")]
    [InlineData("/api/accounts/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", "accounts")]
    [InlineData("/api/transactions/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", "transactions")]
    [InlineData("/api/employment-records/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", "employment-records")]
    [InlineData("/proxy/belvo/api/links/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", "links")]
    [InlineData("/api/owners/0d3ffb69-f83b-456e-ad8e-208d0998d71d/", null)]
    [InlineData("/api/links/", null)]
    public void The_documented_preset_knows_which_deletes_Belvo_limits(string path, string? resource)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(new Uri("https://sandbox.belvo.com"), path));
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri("https://sandbox.belvo.com"), path));

        Assert.Equal(resource, BelvoRateLimiters.LimitedDeleteOf(request));
        Assert.Null(BelvoRateLimiters.LimitedDeleteOf(get));
    }

    [Fact]
    public async Task The_older_preset_holds_the_call_past_the_windows_budget()
    {
        using var limiter = BelvoRateLimiters.Requests(3, TimeSpan.FromMinutes(1));
        var client = Client(limiter);
        for (var i = 0; i < 3; i++)
        {
            await client.Institutions.ListAsync().GetPageAsync();
        }

        using var cancel = new CancellationTokenSource();
        var fourth = client.Institutions.ListAsync(cancellationToken: cancel.Token).GetPageAsync(cancellationToken: cancel.Token);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));
        await _logs.WaitForAsync("Belvo GET /api/institutions/?page_size=1000 waits for a rate-limit permit");
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);
        Assert.Equal(3, _belvo.Requests.Count);
    }

    [Fact]
    public async Task A_limiter_that_names_a_wait_is_asked_again_after_exactly_that_wait_on_the_clients_clock()
    {
        var limiter = new ScriptedLimiter(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(2));
        var client = Client(BelvoRateLimiters.All(limiter));

        var call = client.Links.DeleteAsync(Guid.NewGuid());
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(7));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(2));
        await call;

        Assert.Equal(3, limiter.Asked);
        Assert.Single(_belvo.Requests);
        Assert.Contains(_logs.Entries, e => e.EventId == 21 && e.Text.StartsWith("Belvo DELETE /api/links/", StringComparison.Ordinal) && e.Text.EndsWith("waits 00:00:07 for a rate-limit permit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wait_of_whole_seconds_named_as_a_number_is_understood()
    {
        var limiter = new ScriptedLimiter(4);
        var client = Client(BelvoRateLimiters.All(limiter));

        var call = client.Links.DeleteAsync(Guid.NewGuid());
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(4));
        await call;

        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_permit_wait_ends_the_call_at_once_and_sends_nothing()
    {
        var client = Client(BelvoRateLimiters.All(new ScriptedLimiter(TimeSpan.FromSeconds(30))));
        using var cancel = new CancellationTokenSource();

        var call = client.Links.DeleteAsync(Guid.NewGuid(), cancellationToken: cancel.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), await _time.NextTimerAsync());
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task A_refusal_that_names_no_wait_is_asked_again_a_second_later()
    {
        var limiter = new ScriptedLimiter(new object?[] { null });
        var client = Client(BelvoRateLimiters.All(limiter));

        var call = client.Links.DeleteAsync(Guid.NewGuid());
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));
        await call;

        Assert.Equal(2, limiter.Asked);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task A_limiter_that_fails_fails_the_call_with_a_BelvoException_and_nothing_is_sent()
    {
        var client = Client(BelvoRateLimiters.All(new ScriptedLimiter(new InvalidOperationException("the store is down"))));

        var ex = await Assert.ThrowsAsync<Belvo.Sdk.Errors.BelvoException>(() => client.Links.DeleteAsync(Guid.NewGuid()));

        Assert.StartsWith("The client's rate limiter failed to give a permit for DELETE /api/links/", ex.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Empty(_belvo.Requests);
        Assert.Contains(_logs.Entries, e => e.EventId == 23);
    }

    [Fact]
    public async Task Every_attempt_takes_a_permit_retries_included()
    {
        _belvo.RespondInSequence("GET", "/api/links/", (503, """[{"code":"unexpected_error","message":"down"}]"""), (200, """{"count":0,"next":null,"previous":null,"results":[]}"""));
        var limiter = new ScriptedLimiter();
        var client = Client(BelvoRateLimiters.All(limiter), o => o.Retry.MaxRetries = 1);

        var call = client.Links.ListAsync().GetPageAsync();
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await call;

        Assert.Equal(2, limiter.Asked);
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task One_limiter_serves_several_clients_and_is_not_disposed_with_them()
    {
        var limiter = new ScriptedLimiter();
        using var shared = BelvoRateLimiters.All(limiter);
        using (var first = new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { RateLimiter = shared }))
        using (var second = new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { RateLimiter = shared }))
        {
            await first.Links.DeleteAsync(Guid.NewGuid());
            await second.Links.DeleteAsync(Guid.NewGuid());
        }

        using var third = new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { RateLimiter = shared });
        await third.Links.DeleteAsync(Guid.NewGuid());

        Assert.Equal(3, limiter.Asked);
        Assert.False(limiter.Disposed);
    }

    [Fact]
    public async Task AddBelvoClient_uses_the_limiter_given_to_UseRateLimiter()
    {
        var limiter = new ScriptedLimiter();
        var services = new ServiceCollection();
        services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        }).UseRateLimiter(_ => BelvoRateLimiters.All(limiter));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IBelvoClient>().Links.DeleteAsync(Guid.NewGuid());

        Assert.Equal(1, limiter.Asked);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("date", 9)]
    public async Task Belvos_429_is_a_TooManyRequestsException_with_its_Retry_After_and_is_not_repeated_by_default(string retryAfter, int seconds)
    {
        Respond429(retryAfter, seconds);
        var client = Client(null, o => o.Retry.MaxRetries = 5);

        var ex = await Assert.ThrowsAsync<TooManyRequestsException>(() => client.Links.DeleteAsync(Guid.NewGuid()));

        Assert.Equal((HttpStatusCode)429, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(seconds), ex.RetryAfter);
        Assert.False(ex.IsRetryable);
        Assert.Contains($"safe to send again after {TimeSpan.FromSeconds(seconds)}", ex.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("date", 9)]
    public async Task With_RetryTooManyRequests_a_429_is_sent_again_after_its_Retry_After(string retryAfter, int seconds)
    {
        _belvo.Server.Given(Request.Create().WithPath("/api/links/*").UsingDelete()).InScenario("429").WillSetStateTo("then ok")
            .RespondWith(Response429(retryAfter, seconds));
        _belvo.Server.Given(Request.Create().WithPath("/api/links/*").UsingDelete()).InScenario("429").WhenStateIs("then ok")
            .RespondWith(Response.Create().WithStatusCode(204));
        var client = Client(null, o =>
        {
            o.Retry.MaxRetries = 2;
            o.Retry.RetryTooManyRequests = true;
        });

        var call = client.Links.DeleteAsync(Guid.NewGuid());
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(seconds));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task The_default_transport_opens_at_most_MaxConnectionsPerServer_connections()
    {
        using var server = RawHttpServer.Hanging();
        var options = _belvo.Options(o =>
        {
            o.MaxConnectionsPerServer = 2;
            o.Timeout = Timeout.InfiniteTimeSpan;
        });
        options.BaseAddress = server.BaseAddress;
        using var client = new BelvoClient(options);
        using var cancel = new CancellationTokenSource();

        var calls = Enumerable.Range(0, 5).Select(_ => client.Links.DeleteAsync(Guid.NewGuid(), cancellationToken: cancel.Token)).ToList();
        await Eventually(() => server.Requests == 2);
        await Task.Delay(300); // a bounded real wait: a third connection would have been opened by now
        var connections = server.Connections;
        cancel.Cancel();
        foreach (var call in calls)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        }

        Assert.Equal(2, connections);
    }

    [Fact]
    public void MaxConnectionsPerServer_is_validated_with_a_message_that_says_how_to_fix_it()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new BelvoClient(_belvo.Options(o => o.MaxConnectionsPerServer = 0)));

        Assert.Contains("Belvo:MaxConnectionsPerServer is 0. Use at least 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(20, new BelvoClientOptions().MaxConnectionsPerServer);
    }

    private BelvoClient Client(PartitionedRateLimiter<HttpRequestMessage>? limiter, Action<BelvoClientOptions>? configure = null)
    {
        var factory = _logs.CreateFactory();
        _disposables.Add(factory);
        var client = new BelvoClient(
            _belvo.Options(o =>
            {
                o.Timeout = Timeout.InfiniteTimeSpan;
                configure?.Invoke(o);
            }),
            new BelvoPipelineOptions { RateLimiter = limiter, TimeProvider = _time, LoggerFactory = factory });
        _disposables.Add(client);
        return client;
    }

    private int Count(string method, string pathPrefix) =>
        _belvo.Requests.Count(entry => entry.RequestMessage.Method == method && entry.RequestMessage.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    private void Respond429(string retryAfter, int seconds) =>
        _belvo.Server.Given(Request.Create().WithPath("/api/links/*").UsingDelete()).RespondWith(Response429(retryAfter, seconds));

    private IResponseBuilder Response429(string retryAfter, int seconds) =>
        Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json")
            .WithHeader("Retry-After", retryAfter == "date" ? _time.GetUtcNow().AddSeconds(seconds).ToString("R") : retryAfter)
            .WithBody("""[{"code":"too_many_requests","message":"Request was throttled.","request_id":"r-429"}]""");

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 seconds.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// A limiter that refuses once per wait it is given (naming it as a <see cref="TimeSpan"/>, as whole seconds, or
    /// not at all) or fails with the exception it is given, then grants every permit; it answers at once and counts
    /// what it was asked.
    /// </summary>
    private sealed class ScriptedLimiter : RateLimiter
    {
        private readonly Queue<object?> _refusals;
        private int _asked;

        public ScriptedLimiter(params object?[] refusals) => _refusals = new Queue<object?>(refusals);

        public int Asked => Volatile.Read(ref _asked);

        public bool Disposed { get; private set; }

        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Next();

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult<RateLimitLease>(Next());

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }

        private Lease Next()
        {
            Interlocked.Increment(ref _asked);
            lock (_refusals)
            {
                return !_refusals.TryDequeue(out var wait) ? new Lease(true, null)
                    : wait is Exception failure ? throw failure
                    : new Lease(false, wait);
            }
        }

        private sealed class Lease(bool acquired, object? retryAfter) : RateLimitLease
        {
            public override bool IsAcquired => acquired;

            public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
                return metadata is not null;
            }
        }
    }
}
