using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>The retry policy against the emulator's injected faults, on a fake clock.</summary>
public sealed class RetryIntegrationTests : IAsyncLifetime
{
    private readonly RecordingTimeProvider _clock = new();
    private EmulatorHarness _belvo = null!;
    private BelvoClient _client = null!;

    public async Task InitializeAsync()
    {
        _belvo = await EmulatorHarness.StartAsync();
        _client = _belvo.CreateClient(
            o =>
            {
                o.Retry.MaxRetries = 5;
                o.Timeout = Timeout.InfiniteTimeSpan;
                o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            },
            _clock);
    }

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    [Fact]
    public async Task Two_503_pages_are_retried_after_3_and_6_seconds_and_the_call_succeeds()
    {
        _belvo.Emulator.Faults.FailNext(2, 503);

        var call = _client.Institutions.ListAsync().GetPageAsync();
        await _clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await _clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));
        var page = await call;

        Assert.NotEmpty(page.Results);
        Assert.Equal([503, 503, 200], _belvo.RequestsTo("GET", "/api/institutions/").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task A_registration_POST_is_retried_through_502s_and_creates_one_link()
    {
        _belvo.Emulator.Faults.FailNext(2, 502, Testing.FaultBody.Json);

        var call = _client.Links.RegisterAsync(EmulatorHarness.Registration(Testing.EmulatorCredentials.ValidUsername));
        await _clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await _clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));
        var link = await call;

        Assert.NotEqual(Guid.Empty, link.Id);
        Assert.Equal([502, 502, 201], _belvo.RequestsTo("POST", "/api/links/").Select(r => r.StatusCode));
        Assert.Equal(1, _belvo.Emulator.Store.Count(Testing.EmulatorResource.Links));
    }

    [Fact]
    public async Task When_the_faults_outlast_the_retries_the_last_one_is_thrown()
    {
        _belvo.Emulator.Faults.FailNext(6, 503);

        var call = _client.Institutions.ListAsync().GetPageAsync();
        foreach (var seconds in new[] { 3, 6, 12, 24, 48 })
        {
            await _clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<UnexpectedErrorException>(() => call);
        Assert.Equal(503, (int?)ex.StatusCode);
        Assert.Contains("non-JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(6, _belvo.RequestsTo("GET", "/api/institutions/").Count);
    }
}
