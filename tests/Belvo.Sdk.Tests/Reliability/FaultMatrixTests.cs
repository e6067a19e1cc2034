using System.Net;
using System.Net.Sockets;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// Hostile conditions, one row each, against a local server: what the caller gets (the typed outcome) and how many
/// requests the server saw (so retries are exactly what the policy says). Time is the fake clock's; the servers are
/// real: WireMock for answers, a bare socket server for hangs and resets, a closed port for refusals.
/// </summary>
public sealed class FaultMatrixTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private static readonly string LinkPath = $"/api/links/{LinkId}/";
    private const string ServerError = """[{"code":"unexpected_error","message":"Belvo is unavailable","request_id":"r-500"}]""";

    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();
    private readonly AttemptCounter _attempts = new();
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _belvo.Dispose();
    }

    public static TheoryData<int> ClientErrors() => [.. Enumerable.Range(400, 100)];

    public static TheoryData<string, string> UnusableBodies() => new()
    {
        { "html", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>" },
        { "empty", string.Empty },
        { "null", "null" },
        { "truncated", """{"id": "30cb4806-6e00-48a4-91c9-ca55968576c8", "institution": "erebor_mx_ret""" },
    };

    public static TheoryData<string, int> UnusableErrorBodies()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in new[] { "html", "empty", "null", "truncated" })
        {
            foreach (var status in new[] { 400, 401, 404, 428, 500, 503 })
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    [Fact]
    public async Task A_server_error_then_success_is_retried_after_3_seconds_and_returns_the_answer()
    {
        _belvo.RespondInSequence("GET", LinkPath, (503, ServerError), (200, BelvoTestServer.Payload("link")));

        var call = Client(retries: 5).Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        var link = await call;

        Assert.Equal(LinkId, link.Id);
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task Too_many_sessions_then_success_is_retried_with_the_same_body_and_returns_the_answer()
    {
        _belvo.RespondInSequence(
            "POST",
            "/api/accounts/",
            (400, """[{"code":"too_many_sessions","message":"Impossible to create a new session","request_id":"r"}]"""),
            (201, BelvoTestServer.Payload("accounts_retrieve")));

        var call = Client(retries: 5).Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId });
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        var accounts = await call;

        Assert.NotEmpty(accounts);
        Assert.Equal(2, _belvo.Requests.Count);
        Assert.Equal(_belvo.Requests[0].RequestMessage.Body, _belvo.Requests[1].RequestMessage.Body);
    }

    [Fact]
    public async Task Too_many_sessions_every_time_ends_in_a_TooManySessionsException_after_the_documented_retries()
    {
        _belvo.Respond("GET", LinkPath, 400, """[{"code":"too_many_sessions","message":"busy","request_id":"r"}]""");

        var call = Client(retries: 5).Links.GetAsync(LinkId);
        foreach (var seconds in new[] { 3, 6, 12, 24, 48 })
        {
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<TooManySessionsException>(() => call);
        Assert.True(ex.IsRetryable);
        Assert.Equal(6, _belvo.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ClientErrors))]
    public async Task Every_4xx_becomes_its_typed_exception_and_is_sent_once(int status)
    {
        _belvo.Respond("GET", LinkPath, status, $$"""[{"code":"code_{{status}}","message":"refused with {{status}}","request_id":"r-{{status}}"}]""");

        var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => Client(retries: 5).Links.GetAsync(LinkId));

        var expected = status switch
        {
            400 => typeof(InvalidRequestException),
            401 => typeof(AuthenticationFailedException),
            403 => typeof(AccessDeniedException),
            404 => typeof(ResourceNotFoundException),
            408 => typeof(RequestTimeoutException),
            429 => typeof(TooManyRequestsException),
            _ => typeof(BelvoException),
        };
        Assert.IsType(expected, ex);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal($"code_{status}", ex.ErrorCode);
        Assert.Equal($"r-{status}", ex.RequestId);
        Assert.False(ex.IsRetryable);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task A_428_with_an_MFA_session_is_a_TokenRequiredException_and_is_sent_once()
    {
        _belvo.Respond("POST", "/api/accounts/", 428, $$"""[{"code":"token_required","message":"A MFA token is required","request_id":"r","session":"2675b703b9d4451f8d4861a3eee54449","link":"{{LinkId}}","expiry":600}]""");

        var ex = await Assert.ThrowsAsync<TokenRequiredException>(() => Client(retries: 5).Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId }));

        Assert.Equal("2675b703b9d4451f8d4861a3eee54449", ex.Session);
        Assert.Equal(LinkId, ex.Link);
        Assert.Single(_belvo.Requests);
    }

    [Theory]
    [MemberData(nameof(UnusableBodies))]
    public async Task An_unusable_body_on_success_is_a_BelvoException_and_is_sent_once(string kind, string body)
    {
        _belvo.Respond("GET", LinkPath, 200, body);

        var ex = await Assert.ThrowsAsync<BelvoException>(() => Client(retries: 5).Links.GetAsync(LinkId));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains($"Belvo answered 200 to GET {LinkPath}", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsRetryable, kind);
        Assert.Single(_belvo.Requests);
    }

    [Theory]
    [MemberData(nameof(UnusableErrorBodies))]
    public async Task An_unusable_body_on_an_error_status_is_typed_by_its_status(string kind, int status)
    {
        _belvo.Respond("GET", LinkPath, status, UnusableBodies().Single(row => (string)row[0] == kind)[1] as string);

        var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => Client(retries: 0).Links.GetAsync(LinkId));

        var expected = status switch
        {
            400 => typeof(InvalidRequestException),
            401 => typeof(AuthenticationFailedException),
            404 => typeof(ResourceNotFoundException),
            >= 500 => typeof(UnexpectedErrorException),
            _ => typeof(BelvoException),
        };
        Assert.IsType(expected, ex);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(status >= 500, ex.IsRetryable);
        Assert.True(ex.Message.Length < 800, ex.Message);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task HTML_server_errors_are_retried_like_any_server_error()
    {
        _belvo.RespondInSequence("GET", LinkPath, (502, "<html><body>502 Bad Gateway</body></html>"), (200, BelvoTestServer.Payload("link")));

        var call = Client(retries: 5).Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task An_answer_slower_than_the_timeout_is_a_BelvoTimeoutException_and_is_not_retried()
    {
        using var server = RawHttpServer.Hanging();
        var client = Client(retries: 5, server.BaseAddress, o => o.Timeout = TimeSpan.FromSeconds(10));

        var call = client.Links.GetAsync(LinkId);
        await server.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(10));

        var ex = await Assert.ThrowsAsync<BelvoTimeoutException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(10), ex.Timeout);
        Assert.False(ex.IsRetryable);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_a_BelvoConnectionException_and_reads_are_retried()
    {
        var client = Client(retries: 2, ClosedPort());

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));

        var ex = await Assert.ThrowsAsync<BelvoConnectionException>(() => call);
        Assert.True(ex.IsRetryable);
        Assert.Null(ex.StatusCode);
        Assert.Equal(3, _attempts.Count);
    }

    [Fact]
    public async Task A_refused_connection_of_a_registration_is_not_repeated()
    {
        var client = Client(retries: 5, ClosedPort());

        await Assert.ThrowsAsync<BelvoConnectionException>(() => client.Links.RegisterAsync(
            new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "bnk100", Password = "full" }));

        Assert.Equal(1, _attempts.Count);
    }

    [Fact]
    public async Task A_connection_reset_before_the_answer_is_a_BelvoConnectionException_and_reads_are_retried()
    {
        using var server = RawHttpServer.Resetting();
        var client = Client(retries: 1, server.BaseAddress);

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAsync<BelvoConnectionException>(() => call);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_connection_reset_while_the_body_streams_in_is_a_BelvoConnectionException()
    {
        using var server = RawHttpServer.ResettingMidBody();
        var client = Client(retries: 5, server.BaseAddress);

        var ex = await Assert.ThrowsAsync<BelvoConnectionException>(() => client.Links.GetAsync(LinkId));

        Assert.Contains("GET " + LinkPath, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Retry_After_in_seconds_replaces_the_computed_wait()
    {
        RespondOnceThenLink(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "7").WithBody(ServerError));

        var call = Client(retries: 5).Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(7));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_as_a_date_replaces_the_computed_wait()
    {
        RespondOnceThenLink(Response.Create().WithStatusCode(503).WithHeader("Retry-After", _time.GetUtcNow().AddSeconds(9).ToString("R")).WithBody(ServerError));

        var call = Client(retries: 5).Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(9));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxDelay_is_capped()
    {
        RespondOnceThenLink(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "86400").WithBody(ServerError));

        var call = Client(retries: 5, configure: o => o.Retry.MaxDelay = TimeSpan.FromSeconds(30)).Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(30));
        await call;

        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task A_429_carries_its_Retry_After_and_is_sent_once()
    {
        _belvo.Respond("DELETE", LinkPath, 429, """[{"code":"too_many_requests","message":"Request was throttled.","request_id":"r"}]""", new Dictionary<string, string> { ["Retry-After"] = "42" });

        var ex = await Assert.ThrowsAsync<TooManyRequestsException>(() => Client(retries: 5).Links.DeleteAsync(LinkId));

        Assert.Equal(TimeSpan.FromSeconds(42), ex.RetryAfter);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task A_redirect_is_a_BelvoRedirectException_and_is_sent_once()
    {
        _belvo.Respond("GET", LinkPath, 302, null, new Dictionary<string, string> { ["Location"] = "https://elsewhere.example/api/links/" });

        var ex = await Assert.ThrowsAsync<BelvoRedirectException>(() => Client(retries: 5).Links.GetAsync(LinkId));

        Assert.Equal(new Uri("https://elsewhere.example/api/links/"), ex.Location);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_request_throws_OperationCanceledException_not_a_timeout()
    {
        using var server = RawHttpServer.Hanging();
        var client = Client(retries: 5, server.BaseAddress, o => o.Timeout = TimeSpan.FromMinutes(1));
        using var cancel = new CancellationTokenSource();

        var call = client.Links.GetAsync(LinkId, cancellationToken: cancel.Token);
        await server.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<BelvoTimeoutException>(ex.InnerException);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_ends_the_call_at_once_without_another_request()
    {
        _belvo.Respond("GET", LinkPath, 503, ServerError);
        using var cancel = new CancellationTokenSource();

        var call = Client(retries: 5).Links.GetAsync(LinkId, cancellationToken: cancel.Token);
        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimerAsync());
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(_belvo.Requests);
    }

    private void RespondOnceThenLink(IResponseBuilder first)
    {
        _belvo.Server.Given(Request.Create().WithPath(LinkPath).UsingGet()).InScenario("once").WillSetStateTo("then").RespondWith(first);
        _belvo.Server.Given(Request.Create().WithPath(LinkPath).UsingGet()).InScenario("once").WhenStateIs("then")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(BelvoTestServer.Payload("link")));
    }

    private BelvoClient Client(int retries, Uri? baseAddress = null, Action<BelvoClientOptions>? configure = null)
    {
        var options = _belvo.Options(o =>
        {
            o.Retry.MaxRetries = retries;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            configure?.Invoke(o);
        });
        options.BaseAddress = baseAddress ?? options.BaseAddress;
        var client = new BelvoClient(options, new BelvoPipelineOptions { TimeProvider = _time }.AddHandler(_attempts, BelvoHandlerPosition.PerAttempt));
        _disposables.Add(client);
        return client;
    }

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
