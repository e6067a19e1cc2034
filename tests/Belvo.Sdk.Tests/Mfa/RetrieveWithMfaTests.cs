using System.Text.Json.Nodes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Integration;

namespace Belvo.Sdk.Tests.Mfa;

/// <summary><c>RetrieveWithMfaAsync</c> on the resumable resources of an MFA link, against the emulator.</summary>
public sealed class RetrieveWithMfaTests : IAsyncLifetime
{
    private EmulatorHarness _belvo = null!;
    private Guid _linkId;
    private int _rounds;

    public async Task InitializeAsync()
    {
        _belvo = await EmulatorHarness.StartAsync();
        var link = await _belvo.Client.Links.RegisterWithMfaAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername), Token);
        _linkId = link.Id;
        _rounds = 0;
    }

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    private BelvoClient Client => _belvo.Client;

    private ValueTask<string?> Token(MfaChallenge challenge, CancellationToken cancellationToken)
    {
        _rounds++;
        return ValueTask.FromResult<string?>(EmulatorCredentials.MfaToken);
    }

    [Fact]
    public async Task Accounts_are_retrieved_through_one_MFA_round_and_saved()
    {
        var accounts = await Client.Accounts.RetrieveWithMfaAsync(new RetrieveRequest { Link = _linkId }, Token);

        Assert.Equal(1, _rounds);
        Assert.NotEmpty(accounts);
        Assert.Equal(accounts.Count, _belvo.Emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal([428], _belvo.RequestsTo("POST", "/api/accounts/").Select(r => r.StatusCode));
        Assert.Equal([201], _belvo.RequestsTo("PATCH", "/api/accounts/").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task The_requests_save_data_false_is_sent_again_with_the_resume()
    {
        var transactions = await Client.Transactions.RetrieveWithMfaAsync(
            new TransactionsRetrieveRequest { Link = _linkId, DateFrom = new DateOnly(2026, 11, 1), DateTo = new DateOnly(2026, 11, 20), SaveData = false },
            Token);

        Assert.NotEmpty(transactions);
        var patch = Assert.Single(_belvo.RequestsTo("PATCH", "/api/transactions/"));
        Assert.False((bool?)JsonNode.Parse(patch.Body)!["save_data"]);
        Assert.Equal(200, patch.StatusCode);
        Assert.Equal(0, _belvo.Emulator.Store.Count(EmulatorResource.Transactions));
    }

    [Fact]
    public async Task An_explicit_save_data_overrides_the_requests()
    {
        var balances = await Client.Balances.RetrieveWithMfaAsync(
            new BalancesRetrieveRequest { Link = _linkId, DateFrom = new DateOnly(2026, 11, 1), DateTo = new DateOnly(2026, 11, 20), SaveData = false },
            Token,
            saveData: true);

        Assert.NotEmpty(balances);
        Assert.Equal(201, Assert.Single(_belvo.RequestsTo("PATCH", "/api/balances/")).StatusCode);
        Assert.Equal(balances.Count, _belvo.Emulator.Store.Count(EmulatorResource.Balances));
    }

    [Fact]
    public async Task Owners_are_retrieved_through_the_flow()
    {
        var owners = await Client.Owners.RetrieveWithMfaAsync(new RetrieveRequest { Link = _linkId }, Token);

        Assert.Equal(1, _rounds);
        Assert.Equal(_linkId, Assert.Single(owners).Link);
    }

    [Fact]
    public async Task A_token_sent_up_front_skips_the_challenge()
    {
        var accounts = await Client.Accounts.RetrieveWithMfaAsync(
            new RetrieveRequest { Link = _linkId, Token = EmulatorCredentials.MfaToken },
            Token);

        Assert.NotEmpty(accounts);
        Assert.Equal(0, _rounds);
        Assert.Empty(_belvo.RequestsTo("PATCH", "/api/accounts/"));
    }
}
