using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>Each failure the emulator can produce surfaces as its typed exception, carrying Belvo's request_id.</summary>
public sealed class ErrorIntegrationTests : IAsyncLifetime
{
    private const string RequestIdPattern = "^[0-9a-f]{32}$";

    private EmulatorHarness _belvo = null!;

    public async Task InitializeAsync() => _belvo = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    [Theory]
    [InlineData(EmulatorCredentials.InvalidUsername, EmulatorCredentials.ValidPassword)]
    [InlineData(EmulatorCredentials.ValidUsername, EmulatorCredentials.InvalidPassword)]
    public async Task Rejected_credentials_are_an_invalid_request_with_login_error(string username, string password)
    {
        var request = EmulatorHarness.Registration(username) with { Password = password };

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _belvo.Client.Links.RegisterAsync(request));

        Assert.Equal(400, (int?)ex.StatusCode);
        Assert.Equal("login_error", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
        Assert.Contains(ex.RequestId!, ex.Message, StringComparison.Ordinal);
        Assert.Equal("POST", ex.Method);
        Assert.False(ex.IsRetryable);
        Assert.Equal(0, _belvo.Emulator.Store.Count(EmulatorResource.Links));
    }

    [Fact]
    public async Task Too_many_sessions_is_retried_on_Belvos_backoff_then_thrown()
    {
        var clock = new RecordingTimeProvider();
        var client = _belvo.CreateClient(
            o =>
            {
                o.Retry.MaxRetries = 2;
                o.Timeout = Timeout.InfiniteTimeSpan;
                o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            },
            clock);

        var call = client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.TooManySessionsUsername));
        await clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));
        var ex = await Assert.ThrowsAsync<TooManySessionsException>(() => call);

        Assert.Equal("too_many_sessions", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
        Assert.True(ex.IsRetryable);
        Assert.Equal([400, 400, 400], _belvo.RequestsTo("POST", "/api/links/").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Too_many_sessions_without_retries_is_thrown_after_one_request()
    {
        var ex = await Assert.ThrowsAsync<TooManySessionsException>(
            () => _belvo.Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.TooManySessionsUsername)));

        Assert.Matches(RequestIdPattern, ex.RequestId);
        Assert.Single(_belvo.RequestsTo("POST", "/api/links/"));
    }

    [Fact]
    public async Task An_institution_that_is_down_is_institution_unavailable()
    {
        var ex = await Assert.ThrowsAsync<InstitutionUnavailableException>(
            () => _belvo.Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.InstitutionDownUsername)));

        Assert.Equal("institution_down", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
    }

    [Fact]
    public async Task An_institution_marked_down_refuses_retrievals_on_existing_links()
    {
        var link = await _belvo.RegisterAsync("gringotts_mx_retail");
        _belvo.Emulator.Faults.SetInstitutionDown("gringotts_mx_retail");

        var ex = await Assert.ThrowsAsync<InstitutionUnavailableException>(
            () => _belvo.Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = link.Id }));

        Assert.Equal("institution_down", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
    }

    [Fact]
    public async Task An_unexpected_error_is_thrown_as_such()
    {
        var ex = await Assert.ThrowsAsync<UnexpectedErrorException>(
            () => _belvo.Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.UnexpectedErrorUsername)));

        Assert.Equal(500, (int?)ex.StatusCode);
        Assert.Equal("unexpected_error", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task Wrong_secret_keys_fail_authentication_without_revealing_the_password()
    {
        var client = _belvo.CreateClient(o => o.SecretPassword = "not-the-emulators-password");

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(
            () => client.Institutions.ListAsync().GetPageAsync());

        Assert.Equal(401, (int?)ex.StatusCode);
        Assert.Equal("authentication_failed", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
        Assert.DoesNotContain("not-the-emulators-password", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_resource_not_found()
    {
        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => _belvo.Client.Links.GetAsync(Guid.Parse("6f3c2f7e-1111-4a4a-9c9c-0123456789ab")));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Matches(RequestIdPattern, ex.RequestId);
    }

    [Fact]
    public async Task A_retrieval_on_an_unconfirmed_link_is_an_invalid_link()
    {
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(
            () => _belvo.Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername)));

        var ex = await Assert.ThrowsAsync<InvalidLinkException>(
            () => _belvo.Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = mfa.Link }));

        Assert.Equal("unconfirmed_link", ex.ErrorCode);
    }
}
