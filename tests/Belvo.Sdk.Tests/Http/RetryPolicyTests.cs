using Belvo.Sdk.Models;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Http;

public sealed class RetryPolicyTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private static readonly string LinkPath = $"/api/links/{LinkId}/";
    private const string ServerError = """[{"code":"unexpected_error","message":"Belvo is unavailable","request_id":"r-500"}]""";
    private const string TooManySessions = """[{"code":"too_many_sessions","message":"Impossible to create a new session","request_id":"r-400"}]""";

    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();

    public void Dispose() => _belvo.Dispose();

    private BelvoClient Client(Action<BelvoRetryOptions>? retry = null) => _belvo.CreateClient(
        o =>
        {
            o.Retry.MaxRetries = 5;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            retry?.Invoke(o.Retry);
        },
        _time);

    [Fact]
    public async Task Server_errors_are_retried_after_3_then_6_seconds_until_Belvo_answers()
    {
        _belvo.RespondInSequence("GET", LinkPath, (500, ServerError), (503, ServerError), (200, BelvoTestServer.Payload("link")));
        var client = Client();

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));
        var link = await call;

        Assert.Equal(LinkId, link.Id);
        Assert.Equal(3, _belvo.Requests.Count);
    }

    [Fact]
    public async Task After_five_retries_at_3_6_12_24_48_seconds_the_last_error_is_thrown()
    {
        _belvo.Respond("GET", LinkPath, 502, ServerError);
        var client = Client();

        var call = client.Links.GetAsync(LinkId);
        foreach (var seconds in new[] { 3, 6, 12, 24, 48 })
        {
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<UnexpectedErrorException>(() => call);
        Assert.Equal(6, _belvo.Requests.Count);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task Too_many_sessions_is_retried_and_the_POST_body_is_sent_again_unchanged()
    {
        _belvo.RespondInSequence("POST", "/api/links/", (400, TooManySessions), (201, BelvoTestServer.Payload("link")));
        var client = Client();

        var call = client.Links.RegisterAsync(new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "u", Password = "p" });
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await call;

        var requests = _belvo.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].RequestMessage.Body, requests[1].RequestMessage.Body);
        Assert.Contains("erebor_mx_retail", requests[1].RequestMessage.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, """[{"code":"institution_down","message":"down","request_id":"r"}]""")]
    [InlineData(401, """[{"code":"authentication_failed","message":"Invalid Secret Keys","request_id":"r"}]""")]
    [InlineData(404, """[{"code":"not_found","message":"Not found","request_id":"r"}]""")]
    [InlineData(408, """[{"code":"request_timeout","message":"timeout","request_id":"r"}]""")]
    [InlineData(428, """[{"code":"token_required","message":"MFA","request_id":"r","session":"s","link":"30cb4806-6e00-48a4-91c9-ca55968576c8"}]""")]
    public async Task Other_client_errors_and_MFA_are_never_retried(int status, string body)
    {
        _belvo.Respond("GET", LinkPath, status, body);
        var client = Client();

        await Assert.ThrowsAnyAsync<BelvoException>(() => client.Links.GetAsync(LinkId));

        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Retry_After_replaces_the_computed_wait()
    {
        _belvo.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(LinkPath).UsingGet()).InScenario("retry-after")
            .WillSetStateTo("then ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503).WithHeader("Retry-After", "7").WithBody(ServerError));
        _belvo.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(LinkPath).UsingGet()).InScenario("retry-after")
            .WhenStateIs("then ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(BelvoTestServer.Payload("link")));
        var client = Client();

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(7));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task Base_delay_and_count_are_configurable()
    {
        _belvo.Respond("GET", LinkPath, 500, ServerError);
        var client = Client(r =>
        {
            r.MaxRetries = 2;
            r.BaseDelay = TimeSpan.FromMilliseconds(500);
        });

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromMilliseconds(500));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<UnexpectedErrorException>(() => call);
        Assert.Equal(3, _belvo.Requests.Count);
    }

    [Fact]
    public async Task Retries_can_be_turned_off()
    {
        _belvo.Respond("GET", LinkPath, 500, ServerError);
        var client = Client(r => r.MaxRetries = 0);

        await Assert.ThrowsAsync<UnexpectedErrorException>(() => client.Links.GetAsync(LinkId));

        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Only_safe_methods_mode_never_repeats_a_POST_but_still_retries_GET()
    {
        _belvo.Respond("POST", "/api/links/", 500, ServerError);
        _belvo.RespondInSequence("GET", LinkPath, (500, ServerError), (200, BelvoTestServer.Payload("link")));
        var client = Client(r => r.OnlySafeMethods = true);

        await Assert.ThrowsAsync<UnexpectedErrorException>(() =>
            client.Links.RegisterAsync(new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "u", Password = "p" }));
        var get = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await get;

        Assert.Equal(["POST", "GET", "GET"], _belvo.Requests.Select(r => r.RequestMessage.Method));
    }

    [Fact]
    public async Task Cancellation_during_a_retry_wait_stops_at_once()
    {
        _belvo.Respond("GET", LinkPath, 500, ServerError);
        var client = Client();
        using var cancellation = new CancellationTokenSource();

        var call = client.Links.GetAsync(LinkId, cancellationToken: cancellation.Token);
        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimerAsync());
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_belvo.Requests);
    }

    /// <summary>
    /// A 400 <c>too_many_sessions</c> is retryable, but only its body says so. When the caller cancels while the SDK
    /// reads that body, the answer is disposed either way, so its connection goes back to the pool: a read that fails
    /// ends the call as cancelled; a read that completes ends it with the error Belvo answered (no retry is started
    /// for a cancelled call).
    /// </summary>
    [Theory]
    [InlineData(true, typeof(OperationCanceledException))]
    [InlineData(false, typeof(TooManySessionsException))]
    public async Task A_retryable_answer_is_disposed_when_the_call_is_cancelled_while_its_body_is_judged(bool readFails, Type expected)
    {
        _belvo.Respond("GET", LinkPath, 400, TooManySessions);
        using var cancellation = new CancellationTokenSource();
        using var observer = new CancelWhileBodyIsRead(cancellation, readFails);
        var pipeline = new BelvoPipelineOptions { TimeProvider = _time }.AddHandler(observer, BelvoHandlerPosition.PerAttempt);
        using var client = new BelvoClient(
            _belvo.Options(o =>
            {
                o.Timeout = Timeout.InfiniteTimeSpan;
                o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            }),
            pipeline);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.Links.GetAsync(LinkId, cancellationToken: cancellation.Token));

        Assert.IsAssignableFrom(expected, error);
        Assert.Single(_belvo.Requests);
        Assert.True(observer.BodyRead, "The SDK never read the 400's body to find its code.");
        Assert.True(observer.AnswerDisposed, "The 400 answer was left undisposed, holding its connection.");
    }

    /// <summary>
    /// Replaces the answer's body with one that cancels the caller's token when it is first read, then either fails
    /// that read (as a cancelled network read does) or completes it; records whether the answer is disposed.
    /// </summary>
    private sealed class CancelWhileBodyIsRead(CancellationTokenSource cancellation, bool readFails) : DelegatingHandler
    {
        public bool BodyRead { get; private set; }

        public bool AnswerDisposed { get; private set; }

        private CancellationTokenSource Cancellation { get; } = cancellation;

        private bool ReadFails { get; } = readFails;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            response.Content = new ObservedContent(new CancellingStream(this, body), () => AnswerDisposed = true);
            return response;
        }

        /// <summary>The body as the response holds it: disposed only with the response (reading it disposes just its stream).</summary>
        private sealed class ObservedContent(Stream body, Action disposed) : StreamContent(body)
        {
            protected override void Dispose(bool disposing)
            {
                disposed();
                base.Dispose(disposing);
            }
        }

        private sealed class CancellingStream(CancelWhileBodyIsRead owner, byte[] body) : MemoryStream(body)
        {
            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                if (!owner.BodyRead)
                {
                    owner.BodyRead = true;
                    await owner.Cancellation.CancelAsync();
                    if (owner.ReadFails)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }
                }

                return await base.ReadAsync(buffer, cancellationToken);
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}
