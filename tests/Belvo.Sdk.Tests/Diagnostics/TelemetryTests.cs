using System.Diagnostics;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Diagnostics;

/// <summary>
/// Traces, metrics and logs of one run through the public API against WireMock: a link registered with an MFA round
/// (428, then the resume), a read retried once (503, then 200; the wait passes on a fake clock) and a retrieval that
/// fails (400 with Belvo's code and request_id). Each test asserts one side of the same run, and the last one that no
/// secret reached any of them.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    private const string EndUserPassword = "end-user-Pa55-919191";
    private const string MfaToken = "mfa-token-918273";
    private const string ChallengeValue = "challenge-value-555";
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");

    private readonly BelvoTestServer _belvo = new();
    private readonly TelemetryCapture _capture = new();
    private readonly RecordingTimeProvider _time = new();

    public void Dispose()
    {
        _belvo.Dispose();
        _capture.Dispose();
    }

    [Fact]
    public async Task The_run_is_one_span_per_operation_with_one_child_per_attempt_and_a_span_for_the_mfa_flow()
    {
        var (root, error) = await RunAsync();

        var flow = _capture.Span("Belvo Links.RegisterWithMfa");
        Assert.Equal(ActivityKind.Internal, flow.Kind);
        Assert.Equal(root.SpanId, flow.ParentSpanId);
        Assert.Equal("Links.RegisterWithMfa", flow.GetTagItem("belvo.operation"));
        Assert.Equal(1, flow.GetTagItem("belvo.mfa.round"));
        Assert.Equal(ActivityStatusCode.Unset, flow.Status);
        Assert.Equal(["belvo.mfa.challenge", "belvo.mfa.resumed"], flow.Events.Select(e => e.Name));
        var challenge = flow.Events.First().Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(1, challenge["belvo.mfa.round"]);
        Assert.Equal("numeric", challenge["belvo.mfa.type"]);
        Assert.Equal(0, challenge["belvo.mfa.restarts"]);
        Assert.Equal(false, challenge["belvo.mfa.token_rejected"]);
        Assert.Equal(1, flow.Events.Last().Tags.Single(t => t.Key == "belvo.mfa.round").Value);

        var register = _capture.Span("Belvo Links.Register");
        Assert.Equal(ActivityKind.Client, register.Kind);
        Assert.Equal(flow.SpanId, register.ParentSpanId);
        AssertTags(register, new()
        {
            ["belvo.operation"] = "Links.Register",
            ["http.request.method"] = "POST",
            ["url.template"] = "/api/links/",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = _belvo.BaseAddress.Port,
            ["belvo.institution"] = "erebor_mx_retail",
            ["http.response.status_code"] = 428,
            ["error.type"] = "428",
            ["belvo.error.code"] = "token_required",
            ["belvo.request_id"] = "req-428",
        });
        Assert.Null(register.GetTagItem("belvo.mfa.round"));
        Assert.Equal(ActivityStatusCode.Error, register.Status);
        Assert.Contains("token_required", register.StatusDescription, StringComparison.Ordinal);

        var registerAttempt = Assert.Single(_capture.ChildrenOf(register));
        Assert.Equal("POST", registerAttempt.DisplayName);
        Assert.Equal(ActivityKind.Client, registerAttempt.Kind);
        AssertTags(registerAttempt, new()
        {
            ["http.request.method"] = "POST",
            ["url.full"] = $"{_belvo.BaseAddress}api/links/",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = _belvo.BaseAddress.Port,
            ["http.response.status_code"] = 428,
            ["error.type"] = "428",
            ["belvo.retry.attempt"] = 1,
            ["belvo.request_id"] = "req-428",
            ["belvo.error.code"] = "token_required",
            ["belvo.institution"] = "erebor_mx_retail",
        });
        Assert.Null(registerAttempt.GetTagItem("http.request.resend_count"));

        var resume = _capture.Span("Belvo Links.Resume");
        Assert.Equal(flow.SpanId, resume.ParentSpanId);
        AssertTags(resume, new()
        {
            ["belvo.operation"] = "Links.Resume",
            ["http.request.method"] = "PATCH",
            ["belvo.mfa.round"] = 1,
            ["http.response.status_code"] = 200,
            ["belvo.request_id"] = "req-resume",
        });
        Assert.Null(resume.GetTagItem("belvo.institution"));
        Assert.Null(resume.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, resume.Status);
        Assert.Equal("PATCH", Assert.Single(_capture.ChildrenOf(resume)).DisplayName);

        var get = _capture.Span("Belvo Links.Get");
        Assert.Equal(root.SpanId, get.ParentSpanId);
        AssertTags(get, new()
        {
            ["http.response.status_code"] = 200,
            ["belvo.request_id"] = "req-200",
            ["url.template"] = "/api/links/{id}/",
        });
        var retry = Assert.Single(get.Events);
        Assert.Equal("belvo.retry", retry.Name);
        Assert.Equal(1, retry.Tags.Single(t => t.Key == "belvo.retry.attempt").Value);
        Assert.Equal("503", retry.Tags.Single(t => t.Key == "belvo.retry.reason").Value);
        Assert.Equal(3.0, retry.Tags.Single(t => t.Key == "belvo.retry.delay").Value);
        var attempts = _capture.ChildrenOf(get);
        Assert.Equal(["GET", "GET"], attempts.Select(a => a.DisplayName));
        AssertTags(attempts[0], new()
        {
            ["http.response.status_code"] = 503,
            ["error.type"] = "503",
            ["belvo.retry.attempt"] = 1,
            ["belvo.request_id"] = "req-503",
            ["belvo.error.code"] = "unexpected_error",
            ["url.full"] = $"{_belvo.BaseAddress}api/links/{LinkId}/",
        });
        Assert.Equal(ActivityStatusCode.Error, attempts[0].Status);
        AssertTags(attempts[1], new()
        {
            ["http.response.status_code"] = 200,
            ["belvo.retry.attempt"] = 2,
            ["http.request.resend_count"] = 1,
            ["belvo.request_id"] = "req-200",
        });
        Assert.Equal(ActivityStatusCode.Unset, attempts[1].Status);

        var retrieve = _capture.Span("Belvo Accounts.Retrieve");
        Assert.Equal(root.SpanId, retrieve.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Error, retrieve.Status);
        Assert.Equal(error.Message, retrieve.StatusDescription);
        AssertTags(retrieve, new()
        {
            ["http.response.status_code"] = 400,
            ["error.type"] = "400",
            ["belvo.error.code"] = "invalid_link",
            ["belvo.request_id"] = "req-400",
        });
        Assert.Equal("POST", Assert.Single(_capture.ChildrenOf(retrieve)).DisplayName);
        Assert.Equal(10, _capture.Spans.Count);
    }

    [Fact]
    public async Task The_run_counts_attempts_retries_errors_and_mfa_rounds_and_times_each_call()
    {
        await RunAsync();

        var durations = _capture.MeasurementsOf("belvo.client.request.duration");
        Assert.All(durations, d => Assert.Equal("s", d.Unit));
        Assert.Equal(["Accounts.Retrieve", "Links.Get", "Links.Register", "Links.Resume"], durations.Select(d => (string)d.Tag("belvo.operation")!).Order());
        var get = Assert.Single(durations, d => d.Has(("belvo.operation", "Links.Get")));
        Assert.Equal(3.0, get.Value); // the retry's wait, on the fake clock
        Assert.True(get.Has(("http.request.method", "GET"), ("http.response.status_code", 200), ("server.address", "127.0.0.1"), ("server.port", _belvo.BaseAddress.Port)));
        Assert.Null(get.Tag("error.type"));
        Assert.True(Assert.Single(durations, d => d.Has(("belvo.operation", "Accounts.Retrieve")))
            .Has(("http.response.status_code", 400), ("error.type", "400"), ("belvo.error.code", "invalid_link")));
        Assert.True(Assert.Single(durations, d => d.Has(("belvo.operation", "Links.Register")))
            .Has(("http.response.status_code", 428), ("error.type", "428"), ("belvo.error.code", "token_required")));

        var attempts = _capture.MeasurementsOf("belvo.client.attempts");
        Assert.Equal(5, attempts.Sum(a => a.Value));
        Assert.Equal(2, attempts.Where(a => a.Has(("belvo.operation", "Links.Get"))).Sum(a => a.Value));
        Assert.Single(attempts, a => a.Has(("belvo.operation", "Links.Get"), ("http.response.status_code", 503), ("error.type", "503")));
        Assert.Single(attempts, a => a.Has(("belvo.operation", "Links.Get"), ("http.response.status_code", 200), ("error.type", null)));
        Assert.All(attempts, a => Assert.Equal("{attempt}", a.Unit));

        var retry = Assert.Single(_capture.MeasurementsOf("belvo.client.retries"));
        Assert.Equal(1, retry.Value);
        Assert.True(retry.Has(("belvo.operation", "Links.Get"), ("http.request.method", "GET"), ("belvo.retry.reason", "503"), ("error.type", "503")));

        var errors = _capture.MeasurementsOf("belvo.client.errors");
        Assert.Equal(2, errors.Count);
        Assert.Single(errors, e => e.Has(("belvo.operation", "Accounts.Retrieve"), ("http.response.status_code", 400), ("belvo.error.code", "invalid_link"), ("error.type", "400")));
        Assert.Single(errors, e => e.Has(("belvo.operation", "Links.Register"), ("http.response.status_code", 428), ("belvo.error.code", "token_required")));

        var round = Assert.Single(_capture.MeasurementsOf("belvo.client.mfa.rounds"));
        Assert.Equal(1, round.Value);
        Assert.True(round.Has(("belvo.operation", "Links.RegisterWithMfa"), ("belvo.mfa.type", "numeric")));
    }

    [Fact]
    public async Task The_run_logs_each_attempt_retry_and_mfa_round_with_operation_attempt_and_request_id()
    {
        await RunAsync();

        var lines = _capture.Logs.Lines;
        string Line(int eventId, string contains) =>
            Assert.Single(lines, l => l.EventId == eventId && l.Message.Contains(contains, StringComparison.Ordinal)).Message;

        Assert.Matches(
            @"^Belvo POST /api/links/ answered 428 in \d+ ms \(Links\.Register, attempt 1, request_id req-428\)$",
            Line(1, "Links.Register,"));
        Assert.Matches(
            @"^Belvo PATCH /api/links/ answered 200 in \d+ ms \(Links\.Resume, attempt 1, request_id req-resume\)$",
            Line(1, "Links.Resume,"));
        Assert.Matches(
            $@"^Belvo GET /api/links/{LinkId}/ answered 503 in \d+ ms \(Links\.Get, attempt 1, request_id req-503\)$",
            Line(1, "answered 503"));
        Assert.Matches(
            $@"^Belvo GET /api/links/{LinkId}/ answered 200 in \d+ ms \(Links\.Get, attempt 2, request_id req-200\)$",
            Line(1, "attempt 2"));
        Assert.Matches(
            @"^Belvo POST /api/accounts/ answered 400 in \d+ ms \(Accounts\.Retrieve, attempt 1, request_id req-400\)$",
            Line(1, "Accounts.Retrieve"));
        Assert.Equal(
            $"Belvo GET /api/links/{LinkId}/ failed with 503; retry 1 of 1 in 00:00:03 (Links.Get)",
            Line(2, "retry 1 of 1"));
        Assert.Equal(
            "Belvo Links.RegisterWithMfa: MFA round 1, the institution asks for a numeric token (restarts 0, previous token rejected: False)",
            Line(10, "MFA round 1"));
        Assert.Equal("Belvo Links.RegisterWithMfa: resuming MFA round 1", Line(11, "resuming"));
        Assert.Equal(LogLevel.Warning, lines.Single(l => l.EventId == 2).Level);
        Assert.Equal(LogLevel.Information, lines.Single(l => l.EventId == 10).Level);
        Assert.All(lines.Where(l => l.EventId == 1), l => Assert.Equal(LogLevel.Debug, l.Level));
        Assert.Equal(5, lines.Count(l => l.EventId == 1));
    }

    [Fact]
    public async Task No_secret_reaches_a_trace_level_log_a_span_or_a_metric_tag()
    {
        await RunAsync();

        var recorded = new List<string>();
        recorded.AddRange(_capture.Logs.Lines.Select(l => l.ToString()));
        foreach (var span in _capture.Spans)
        {
            recorded.Add(span.DisplayName);
            recorded.Add(span.StatusDescription ?? string.Empty);
            recorded.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            recorded.AddRange(span.Baggage.Select(t => $"{t.Key}={t.Value}"));
            recorded.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")));
        }

        recorded.AddRange(_capture.Measurements.SelectMany(m => m.Tags.Select(t => $"{m.Instrument} {t.Key}={t.Value}")));

        // The capture is not empty: every kind of record is there to be searched.
        Assert.Contains(recorded, r => r.Contains("Links.RegisterWithMfa", StringComparison.Ordinal));
        Assert.Contains(recorded, r => r.StartsWith("belvo.client.errors", StringComparison.Ordinal));
        Assert.Contains(_capture.Logs.Lines, l => l.Level == LogLevel.Debug);
        string[] secrets =
        [
            BelvoTestServer.SecretPassword,
            EndUserPassword,
            MfaToken,
            ChallengeValue,
            BelvoTestServer.ExpectedAuthorization,
            BelvoTestServer.ExpectedAuthorization["Basic ".Length..],
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(recorded, r => r.Contains(secret, StringComparison.Ordinal));
        }

        // And the secrets did travel: the capture would have seen them had the SDK recorded them.
        var sent = _belvo.Requests.Select(r => r.RequestMessage).ToList();
        Assert.Contains(sent, r => r.Body?.Contains(EndUserPassword, StringComparison.Ordinal) == true);
        Assert.Contains(sent, r => r.Body?.Contains(MfaToken, StringComparison.Ordinal) == true);
        Assert.All(sent, r => Assert.Equal(BelvoTestServer.ExpectedAuthorization, r.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task A_body_that_is_not_a_Belvo_error_is_never_quoted_on_a_span()
    {
        const string page = "<html><body>proxy error, session cookie=abc-secret-cookie</body></html>";
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 502, page);
        var client = CreateClient(maxRetries: 0);

        using (_capture.StartRoot())
        {
            var ex = await Assert.ThrowsAsync<UnexpectedErrorException>(() => client.Links.GetAsync(LinkId));
            Assert.Contains("abc-secret-cookie", ex.Message, StringComparison.Ordinal);
        }

        var span = _capture.Span("Belvo Links.Get");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("502", span.GetTagItem("error.type"));
        Assert.DoesNotContain("abc-secret-cookie", span.StatusDescription, StringComparison.Ordinal);
        Assert.StartsWith("Belvo answered 502", span.StatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_got_no_answer_has_the_exception_type_and_no_status()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closed = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/");
        listener.Stop();
        using var client = new BelvoClient(
            new BelvoClientOptions { SecretId = BelvoTestServer.SecretId, SecretPassword = BelvoTestServer.SecretPassword, BaseAddress = closed, Retry = { MaxRetries = 0 } },
            new BelvoPipelineOptions { LoggerFactory = _capture.LoggerFactory, MeterFactory = _capture.MeterFactory, TimeProvider = _time });

        using (_capture.StartRoot())
        {
            await Assert.ThrowsAsync<BelvoConnectionException>(() => client.Links.GetAsync(LinkId));
        }

        var span = _capture.Span("Belvo Links.Get");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("Belvo.Sdk.Errors.BelvoConnectionException", span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
        var attempt = Assert.Single(_capture.ChildrenOf(span));
        Assert.Equal("System.Net.Http.HttpRequestException", attempt.GetTagItem("error.type"));
        Assert.Null(attempt.GetTagItem("http.response.status_code"));
        Assert.True(Assert.Single(_capture.MeasurementsOf("belvo.client.errors"))
            .Has(("belvo.operation", "Links.Get"), ("error.type", "Belvo.Sdk.Errors.BelvoConnectionException"), ("http.response.status_code", null)));
        Assert.Contains(_capture.Logs.Lines, l => l.EventId == 3 && l.Message.Contains("HttpRequestException (Links.Get, attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_page_of_a_list_is_its_own_operation_span()
    {
        var next = $"{_belvo.BaseAddress}api/links/?page=2";
        _belvo.Server
            .Given(Request.Create().WithPath("/api/links/").WithParam("page", "2").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"count":2,"next":null,"previous":null,"results":[{{BelvoTestServer.Payload("link")}}]}"""));
        _belvo.Server
            .Given(Request.Create().WithPath("/api/links/").UsingGet())
            .AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"count":2,"next":"{{next}}","previous":null,"results":[{{BelvoTestServer.Payload("link")}}]}"""));
        var client = CreateClient();

        using (_capture.StartRoot())
        {
            var count = 0;
            await foreach (var link in client.Links.ListAsync())
            {
                count++;
            }

            Assert.Equal(2, count);
        }

        var pages = _capture.Spans.Where(s => s.DisplayName == "Belvo Links.List").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(next, Assert.Single(_capture.ChildrenOf(pages[1])).GetTagItem("url.full"));
        Assert.All(pages, p => Assert.Equal(200, p.GetTagItem("http.response.status_code")));
        Assert.Equal(2, _capture.MeasurementsOf("belvo.client.request.duration").Count(m => m.Has(("belvo.operation", "Links.List"))));
    }

    private static void AssertTags(Activity span, Dictionary<string, object> expected)
    {
        foreach (var (name, value) in expected)
        {
            Assert.True(Equals(value, span.GetTagItem(name)), $"{span.DisplayName}: {name} is '{span.GetTagItem(name)}', expected '{value}'.");
        }
    }

    private BelvoClient CreateClient(int maxRetries = 1) => new BelvoClient(
        _belvo.Options(o =>
        {
            o.Retry.MaxRetries = maxRetries;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
        }),
        new BelvoPipelineOptions { LoggerFactory = _capture.LoggerFactory, MeterFactory = _capture.MeterFactory, TimeProvider = _time });

    /// <summary>The run: MFA registration, a retried read, a failed retrieval, under a root span of the test.</summary>
    private async Task<(Activity Root, BelvoException Error)> RunAsync()
    {
        _belvo.Respond("POST", "/api/links/", 428, $$$"""
            [{"code":"token_required","message":"A MFA token is required by the institution to login","request_id":"req-428",
              "session":"2675b703b9d4451f8d4861a3eee54449","expiry":600,"link":"{{{LinkId}}}",
              "token_generation_data":{"instructions":"Enter the code","type":"numeric","value":"{{{ChallengeValue}}}","expects_user_input":true}}]
            """);
        _belvo.Respond("PATCH", "/api/links/", 200, BelvoTestServer.Payload("link"), new Dictionary<string, string> { ["X-Request-Id"] = "req-resume" });
        var scenario = "retried get";
        _belvo.Server.Given(Request.Create().WithPath($"/api/links/{LinkId}/").UsingGet()).InScenario(scenario).WillSetStateTo("answered 503")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json")
                .WithBody("""[{"code":"unexpected_error","message":"Belvo is having a moment","request_id":"req-503"}]"""));
        _belvo.Server.Given(Request.Create().WithPath($"/api/links/{LinkId}/").UsingGet()).InScenario(scenario).WhenStateIs("answered 503")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req-200")
                .WithBody(BelvoTestServer.Payload("link")));
        _belvo.Respond("POST", "/api/accounts/", 400, """[{"code":"invalid_link","message":"The link is invalid","request_id":"req-400"}]""");
        var client = CreateClient();

        using var root = _capture.StartRoot();
        var link = await client.Links.RegisterWithMfaAsync(
            new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "bnk100", Password = EndUserPassword },
            (challenge, _) => ValueTask.FromResult<string?>(challenge.Value == ChallengeValue ? MfaToken : "wrong"),
            new MfaOptions { TimeProvider = _time });
        Assert.Equal(LinkId, link.Id);

        var get = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(LinkId, (await get).Id);

        var error = await Assert.ThrowsAsync<InvalidLinkException>(() => client.Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId }));
        Assert.Equal("req-400", error.RequestId);
        client.Dispose();
        return (root, error);
    }
}
