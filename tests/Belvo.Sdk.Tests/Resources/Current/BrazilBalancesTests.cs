using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>Balances of Brazilian open-finance accounts: ListBalances, RetrieveBalances, DetailBalance (<c>/api/br/balances/</c>).</summary>
public sealed class BrazilBalancesTests : IDisposable
{
    private const string Collection = "/api/br/balances/";
    private static readonly Guid BalanceId = Guid.Parse("0b94bdf9-3719-43a9-81e7-be95d2318595");
    private static readonly Guid AccountId = Guid.Parse("c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>BalanceOFDA</c> schema's property examples (Payloads/current/brazil_balance.json), read into their types.</summary>
    private static void AssertIsSpecBalance(BrazilBalance balance)
    {
        Assert.Equal(BalanceId, balance.Id);
        Assert.Equal(BalanceId, balance.Link); // the schema's examples give the link the same id
        Assert.Equal(AccountId, balance.AccountId);
        Assert.Equal("92792126019929279212650822221989319252576", balance.AccountInternalIdentification);
        Assert.Equal(DateTimeOffset.Parse("2024-05-21T08:32:00Z", CultureInfo.InvariantCulture), balance.CollectedAt);
        Assert.Equal(DateTimeOffset.Parse("2024-05-21T08:32:00Z", CultureInfo.InvariantCulture), balance.CreatedAt);
        Assert.Equal(DateTimeOffset.Parse("2021-05-21T08:30:00Z", CultureInfo.InvariantCulture), balance.LastUpdatedAt);
        Assert.Equal("USD", balance.Currency);
        Assert.Equal(1000.02m, balance.Available);
        Assert.Equal(1000.02m, balance.Blocked);
        Assert.Equal(1000.02m, balance.AutomaticallyInvested);
        Assert.Null(balance.AdditionalProperties);
    }

    [Fact]
    [Covers("ListBalances")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_balances()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/brazil_balance")),
            c => c.BrazilBalances.ListAsync(new BrazilBalanceListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecBalance(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListBalances")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new BrazilBalanceListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            Account = AccountId,
            AccountIn = [AccountId, SpecItemId],
            CollectedAt = EveryTimestampLookup(),
            CreatedAt = EveryDateLookup(),
            Id = BalanceId,
            IdIn = [BalanceId, SpecItemId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.BrazilBalances.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["account"] = AccountId.ToString(),
                ["account__in"] = $"{AccountId},{SpecItemId}",
                ["id"] = BalanceId.ToString(),
                ["id__in"] = $"{BalanceId},{SpecItemId}",
            },
            TimestampQuery("collected_at"),
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("ListBalances")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("options", "BrazilBalanceListOptions.Link", c => c.BrazilBalances.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailBalance")]
    public async Task GetAsync_gets_the_balance_by_id_with_and_without_field_selection()
    {
        var balance = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{BalanceId}/", Payload("brazil_balance"), (c, fields) => c.BrazilBalances.GetAsync(BalanceId, fields));

        AssertIsSpecBalance(balance);
    }

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, "c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321", true, $$"""{"link":"{{LinkIdText}}","account_id":"c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321","save_data":true}""")]
    [InlineData(200, null, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    [Covers("RetrieveBalances")]
    public async Task RetrieveAsync_posts_the_link_the_account_and_save_data_and_reads_the_balances(int status, string? account, bool? saveData, string expectedBody)
    {
        var retrieve = new BrazilBalancesRetrieveRequest { Link = LinkId, AccountId = account is null ? null : Guid.Parse(account), SaveData = saveData };

        var (balances, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("brazil_balance")}]", c => c.BrazilBalances.RetrieveAsync(retrieve));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecBalance(Assert.Single(balances));
    }

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilBalances.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.BrazilBalances.RetrieveAsync(new BrazilBalancesRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(BrazilBalancesRetrieveRequest), c => c.BrazilBalances.RetrieveAsync(null!));
    }
}
