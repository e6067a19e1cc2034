using System.Diagnostics;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Diagnostics;

/// <summary>
/// The observed path where it takes decisions: a 400 <c>too_many_sessions</c> whose body the telemetry reads before
/// the retry handler classifies it (it must still be retried, for its code), and an MFA session that expires and is
/// started again.
/// </summary>
public sealed class TelemetryEdgeTests : IDisposable
{
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
    public async Task A_too_many_sessions_answer_read_by_the_telemetry_is_still_retried_and_named_by_its_code()
    {
        _belvo.RespondInSequence(
            "POST",
            "/api/accounts/",
            (400, """[{"code":"too_many_sessions","message":"Impossible to create a new session","request_id":"req-tms"}]"""),
            (201, BelvoTestServer.Payload("accounts_retrieve")));
        using var client = CreateClient(maxRetries: 1);

        using (_capture.StartRoot())
        {
            var call = client.Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId });
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
            Assert.NotEmpty(await call);
        }

        var span = _capture.Span("Belvo Accounts.Retrieve");
        Assert.Equal(201, span.GetTagItem("http.response.status_code"));
        Assert.Equal("too_many_sessions", span.Events.Single().Tags.Single(t => t.Key == "belvo.retry.reason").Value);
        var attempts = _capture.ChildrenOf(span);
        Assert.Equal("too_many_sessions", attempts[0].GetTagItem("belvo.error.code"));
        Assert.Equal("req-tms", attempts[0].GetTagItem("belvo.request_id"));
        Assert.Equal(201, attempts[1].GetTagItem("http.response.status_code"));
        Assert.True(Assert.Single(_capture.MeasurementsOf("belvo.client.retries"))
            .Has(("belvo.operation", "Accounts.Retrieve"), ("belvo.retry.reason", "too_many_sessions"), ("error.type", "400")));
        Assert.Contains(_capture.Logs.Lines, l => l.EventId == 2 && l.Message.Contains("failed with 400 too_many_sessions; retry 1 of 1", StringComparison.Ordinal));
        Assert.Empty(_capture.MeasurementsOf("belvo.client.errors"));
    }

    [Fact]
    public async Task An_expired_mfa_session_is_a_restart_event_and_the_next_challenge_is_round_two()
    {
        _belvo.Respond("POST", "/api/links/", 428, $$$"""
            [{"code":"token_required","message":"A MFA token is required","request_id":"req-428","session":"s1","expiry":600,"link":"{{{LinkId}}}",
              "token_generation_data":{"instructions":"Enter the code","type":"numeric","value":"1","expects_user_input":true}}]
            """);
        _belvo.RespondInSequence(
            "PATCH",
            "/api/links/",
            (400, """[{"code":"session_expired","message":"The MFA session expired","request_id":"req-exp"}]"""),
            (200, BelvoTestServer.Payload("link")));
        using var client = CreateClient(maxRetries: 0);

        using (_capture.StartRoot())
        {
            await client.Links.RegisterWithMfaAsync(
                new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "bnk100", Password = "pw" },
                (_, _) => ValueTask.FromResult<string?>("000000"),
                new MfaOptions { TimeProvider = _time });
        }

        var flow = _capture.Span("Belvo Links.RegisterWithMfa");
        Assert.Equal(
            ["belvo.mfa.challenge", "belvo.mfa.resumed", "belvo.mfa.restarted", "belvo.mfa.challenge", "belvo.mfa.resumed"],
            flow.Events.Select(e => e.Name));
        var restarted = flow.Events.ElementAt(2).Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(1, restarted["belvo.mfa.restarts"]);
        Assert.Equal("session_expired", restarted["belvo.error.code"]);
        var second = flow.Events.ElementAt(3).Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(2, second["belvo.mfa.round"]);
        Assert.Equal(1, second["belvo.mfa.restarts"]);
        Assert.Equal(2, flow.GetTagItem("belvo.mfa.round"));

        var registers = _capture.Spans.Where(s => s.DisplayName == "Belvo Links.Register").ToList();
        Assert.Equal(2, registers.Count);
        Assert.All(registers, r => Assert.Null(r.GetTagItem("belvo.mfa.round")));
        Assert.Equal([1, 2], _capture.Spans.Where(s => s.DisplayName == "Belvo Links.Resume").OrderBy(s => s.StartTimeUtc).Select(s => s.GetTagItem("belvo.mfa.round")));
        Assert.Equal(2, _capture.MeasurementsOf("belvo.client.mfa.rounds").Sum(m => m.Value));
        Assert.Contains(
            _capture.Logs.Lines,
            l => l.EventId == 12 && l.Message == "Belvo Links.RegisterWithMfa: the MFA session ended (session_expired); starting the call again, restart 1 of 1");
    }

    private BelvoClient CreateClient(int maxRetries) => new(
        _belvo.Options(o =>
        {
            o.Retry.MaxRetries = maxRetries;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
        }),
        new BelvoPipelineOptions { LoggerFactory = _capture.LoggerFactory, MeterFactory = _capture.MeterFactory, TimeProvider = _time });
}
