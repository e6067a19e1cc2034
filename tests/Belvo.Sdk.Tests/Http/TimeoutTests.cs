using Belvo.Sdk.Models;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Http;

public sealed class TimeoutTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();

    public TimeoutTests()
    {
        // Belvo "hangs": the answer would come after 5 real seconds; the fake clock decides the timeout first.
        _belvo.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(BelvoTestServer.Payload("link")).WithDelay(TimeSpan.FromSeconds(5)));
    }

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task A_read_that_outlives_Timeout_is_a_BelvoTimeoutException_not_a_cancellation()
    {
        var client = _belvo.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(2), _time);

        var call = client.Links.GetAsync(LinkId);
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(2));

        var ex = await Assert.ThrowsAsync<BelvoTimeoutException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(2), ex.Timeout);
        Assert.Contains($"GET /api/links/{LinkId}/", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
    }

    [Fact]
    public async Task Calls_that_reach_the_institution_use_InstitutionTimeout()
    {
        var client = _belvo.CreateClient(o => o.InstitutionTimeout = TimeSpan.FromMinutes(4), _time);

        var call = client.Links.RegisterAsync(new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "u", Password = "p" });
        await _time.ElapseNextTimerAsync(TimeSpan.FromMinutes(4));

        Assert.Equal(TimeSpan.FromMinutes(4), (await Assert.ThrowsAsync<BelvoTimeoutException>(() => call)).Timeout);
    }

    [Fact]
    public async Task A_per_call_timeout_replaces_the_configured_one()
    {
        var client = _belvo.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(30), _time);

        var call = client.Links.GetAsync(LinkId, requestOptions: new BelvoRequestOptions { Timeout = TimeSpan.FromMilliseconds(1500) });
        await _time.ElapseNextTimerAsync(TimeSpan.FromMilliseconds(1500));

        await Assert.ThrowsAsync<BelvoTimeoutException>(() => call);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_an_OperationCanceledException()
    {
        var client = _belvo.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(30), _time);
        using var cancellation = new CancellationTokenSource();

        var call = client.Links.GetAsync(LinkId, cancellationToken: cancellation.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), await _time.NextTimerAsync());
        await cancellation.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<BelvoTimeoutException>(ex);
    }
}
