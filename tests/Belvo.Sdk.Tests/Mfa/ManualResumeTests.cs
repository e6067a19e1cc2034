using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Integration;

namespace Belvo.Sdk.Tests.Mfa;

/// <summary>
/// The manual MFA path, as the README shows it: catch <see cref="TokenRequiredException"/> and call the
/// resource's <c>ResumeAsync(ex.Session, token, ex.Link)</c>, for links and for every resumable resource.
/// </summary>
public sealed class ManualResumeTests : IAsyncLifetime
{
    private static readonly DateOnly DateFrom = new(2026, 10, 1);
    private static readonly DateOnly DateTo = new(2026, 11, 20);

    private EmulatorHarness _belvo = null!;

    public async Task InitializeAsync() => _belvo = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    private BelvoClient Client => _belvo.Client;

    /// <summary>Registers an MFA link by hand: register, catch the 428, resume.</summary>
    private async Task<Guid> RegisterMfaLinkAsync(string username = EmulatorCredentials.MfaNumericUsername)
    {
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(username)));
        var link = await Client.Links.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);
        return link.Id;
    }

    [Fact]
    public async Task Register_answers_428_with_the_session_link_expiry_and_challenge_then_resume_confirms()
    {
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername)));

        Assert.Equal(428, (int?)mfa.StatusCode);
        Assert.Equal("token_required", mfa.ErrorCode);
        Assert.Matches("^[0-9a-f]{32}$", mfa.RequestId);
        Assert.Matches("^[0-9a-f]{32}$", mfa.Session);
        Assert.Equal(TimeSpan.FromSeconds(60), mfa.Expiry);
        Assert.Equal("numeric", mfa.TokenGenerationData?.Type);
        Assert.True(mfa.TokenGenerationData?.ExpectsUserInput);
        var stored = _belvo.Emulator.Store.Find(EmulatorResource.Links, mfa.Link.ToString());
        Assert.Equal("unconfirmed", (string?)stored?["status"]);

        var link = await Client.Links.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);

        Assert.Equal(mfa.Link, link.Id);
        Assert.Equal(LinkStatus.Valid, link.Status);
    }

    [Fact]
    public async Task Confirm_on_another_device_is_resumed_with_a_null_token()
    {
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaInputlessUsername)));
        Assert.False(mfa.TokenGenerationData?.ExpectsUserInput);

        var link = await Client.Links.ResumeAsync(mfa.Session, null, mfa.Link);

        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.False(JsonNode.Parse(_belvo.RequestsTo("PATCH", "/api/links/")[0].Body)!.AsObject().ContainsKey("token"));
    }

    [Fact]
    public async Task Resuming_a_used_session_is_session_expired()
    {
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername)));
        await Client.Links.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);

        var ex = await Assert.ThrowsAsync<SessionExpiredException>(
            () => Client.Links.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link));

        Assert.Equal("session_expired", ex.ErrorCode);
        Assert.NotNull(ex.RequestId);
    }

    [Fact]
    public async Task Resuming_an_expired_code_answers_a_new_challenge_to_resume_instead()
    {
        var first = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaQrUsername)));
        _belvo.Clock.Advance(TimeSpan.FromSeconds(61));

        var second = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.ResumeAsync(first.Session, EmulatorCredentials.MfaToken, first.Link));
        var link = await Client.Links.ResumeAsync(second.Session, EmulatorCredentials.MfaToken, second.Link);

        Assert.NotEqual(first.Session, second.Session);
        Assert.Equal(first.Link, second.Link);
        Assert.Equal(LinkStatus.Valid, link.Status);
    }

    [Fact]
    public async Task Accounts_retrieval_is_resumed_with_the_token()
    {
        var linkId = await RegisterMfaLinkAsync();

        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = linkId }));
        var accounts = await Client.Accounts.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);

        Assert.Equal(linkId, mfa.Link);
        Assert.NotEmpty(accounts);
        Assert.All(accounts, a => Assert.Equal(linkId, a.Link));
        Assert.Equal(201, _belvo.RequestsTo("PATCH", "/api/accounts/")[0].StatusCode);
        Assert.Equal(accounts.Count, _belvo.Emulator.Store.Count(EmulatorResource.Accounts));
    }

    [Fact]
    public async Task Transactions_retrieval_is_resumed_and_save_data_false_is_kept()
    {
        var linkId = await RegisterMfaLinkAsync(EmulatorCredentials.MfaTextUsername);

        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Transactions.RetrieveAsync(
            new TransactionsRetrieveRequest { Link = linkId, DateFrom = DateFrom, DateTo = DateTo, SaveData = false }));
        var transactions = await Client.Transactions.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link, saveData: false);

        Assert.NotEmpty(transactions);
        Assert.All(transactions, t => Assert.InRange(t.ValueDate, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 20)));
        var patch = _belvo.RequestsTo("PATCH", "/api/transactions/")[0];
        Assert.Equal(200, patch.StatusCode);
        Assert.False((bool?)JsonNode.Parse(patch.Body)!["save_data"]);
        Assert.Equal(0, _belvo.Emulator.Store.Count(EmulatorResource.Transactions));
    }

    [Fact]
    public async Task Balances_retrieval_is_resumed()
    {
        var linkId = await RegisterMfaLinkAsync();

        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Balances.RetrieveAsync(
            new BalancesRetrieveRequest { Link = linkId, DateFrom = DateFrom, DateTo = DateTo }));
        var balances = await Client.Balances.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);

        Assert.NotEmpty(balances);
    }

    [Fact]
    public async Task Owners_retrieval_is_resumed_without_a_token_for_confirm_on_another_device()
    {
        var mfaLink = await Assert.ThrowsAsync<TokenRequiredException>(
            () => Client.Links.RegisterAsync(EmulatorHarness.Registration(EmulatorCredentials.MfaInputlessUsername)));
        var link = await Client.Links.ResumeAsync(mfaLink.Session, null, mfaLink.Link);

        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Owners.RetrieveAsync(new RetrieveRequest { Link = link.Id }));
        var owners = await Client.Owners.ResumeAsync(mfa.Session, null, mfa.Link);

        Assert.False(mfa.TokenGenerationData?.ExpectsUserInput);
        Assert.NotEmpty(Assert.IsType<StandardOwner>(Assert.Single(owners)).DisplayName!);
    }

    [Fact]
    public async Task Invoices_retrieval_of_a_fiscal_MFA_link_is_resumed()
    {
        var mfaLink = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Links.RegisterAsync(
            EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername, "tatooine_mx_fiscal")));
        var link = await Client.Links.ResumeAsync(mfaLink.Session, EmulatorCredentials.MfaToken, mfaLink.Link);

        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Invoices.RetrieveAsync(new InvoicesRetrieveRequest
        {
            Link = link.Id,
            DateFrom = DateFrom,
            DateTo = DateTo,
            Type = InvoiceType.Inflow,
        }));
        var invoices = await Client.Invoices.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link);

        Assert.NotEmpty(invoices);
        Assert.All(invoices, i => Assert.Equal(InvoiceType.Inflow, i.Type));
    }

    [Fact]
    public async Task A_wrong_token_is_an_invalid_request_naming_the_token_field()
    {
        var linkId = await RegisterMfaLinkAsync();
        var mfa = await Assert.ThrowsAsync<TokenRequiredException>(() => Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = linkId }));

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => Client.Accounts.ResumeAsync(mfa.Session, "000000", mfa.Link));

        Assert.Equal("invalid_token", ex.ErrorCode);
        Assert.Equal("token", Assert.Single(ex.FieldErrors).Field);
        Assert.NotEmpty(await Client.Accounts.ResumeAsync(mfa.Session, EmulatorCredentials.MfaToken, mfa.Link));
    }
}
