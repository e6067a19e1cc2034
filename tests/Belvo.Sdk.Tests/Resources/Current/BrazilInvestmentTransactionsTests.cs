using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Investment transactions (Brazil open finance): ListInvestmentTransactionsBrazil, RetrieveInvestmentTransactionsBrazil,
/// DetailInvestmentTransactionBrazil, DestroyInvestmentTransactionBrazil.
/// </summary>
public sealed class BrazilInvestmentTransactionsTests : IDisposable
{
    private const string Collection = "/api/br/investment-transactions/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>
    /// The <c>InvestmentTransactionBrazil</c> schema's property examples (Payloads/current/brazil_investment_transaction.json),
    /// read into their types.
    /// </summary>
    private static void AssertIsSpecInvestmentTransaction(BrazilInvestmentTransaction transaction)
    {
        Assert.Equal(SpecItemId, transaction.Id);
        Assert.Equal(SpecLinkId, transaction.Link);
        Assert.Equal(SpecTimestamp, transaction.CollectedAt);
        Assert.Equal(SpecTimestamp, transaction.CreatedAt);
        BrazilInvestmentsTests.AssertIsSpecInvestment(transaction.Investment!);
        Assert.Equal("ABCD2126019929279212650822221989319253344", transaction.InternalIdentification);
        Assert.Equal(new DateOnly(2024, 11, 18), transaction.ValueDate);
        Assert.Equal(60m, transaction.GrossValue);
        Assert.Equal(60m, transaction.NetValue);
        Assert.Equal(60m, transaction.Value);
        Assert.Equal(3m, transaction.UnitPrice);
        Assert.Equal(1m, transaction.PriceFactor);
        Assert.Equal(0m, transaction.TransactionTax);
        Assert.Equal(0m, transaction.IncomeTax);
        Assert.Equal(20m, transaction.Quantity);
        Assert.Equal(BrazilInvestmentTransactionType.Inflow, transaction.Type);
        Assert.Null(transaction.Subtype);
        Assert.Null(transaction.SubtypeAdditionalInfo);
        Assert.Equal(0m, transaction.IndexerPercentage);
        Assert.Equal(0m, transaction.Rate);
        Assert.Equal(0m, transaction.ExitFee);

        var note = transaction.BrokerNoteDetails!;
        Assert.Equal("1854009930314350", note.BrokerNoteNumber);
        Assert.Equal(1000m, note.GrossValue);
        Assert.Equal(10m, note.BrokerageFee);
        Assert.Equal(2.5m, note.ClearingSettlementFee);
        Assert.Equal(1m, note.ClearingRegistrationFee);
        Assert.Equal(0.5m, note.StockExchangeAssetTradeNoticeFee);
        Assert.Equal(3m, note.StockExchangeFee);
        Assert.Equal(1.5m, note.ClearingCustodyFee);
        Assert.Equal(10m, note.Taxes);
        Assert.Equal(5m, note.IncomeTax);
        Assert.Equal(980m, note.NetValue);
        Assert.Null(transaction.AdditionalProperties);
    }

    [Fact]
    [Covers("ListInvestmentTransactionsBrazil")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_transactions()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/brazil_investment_transaction")),
            c => c.BrazilInvestmentTransactions.ListAsync(new BrazilInvestmentTransactionListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecInvestmentTransaction(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListInvestmentTransactionsBrazil")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new BrazilInvestmentTransactionListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
            Type = BrazilInvestmentTransactionType.Outflow,
            TypeIn = [BrazilInvestmentTransactionType.Inflow, BrazilInvestmentTransactionType.Outflow],
        };

        var (_, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(0, null), c => c.BrazilInvestmentTransactions.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
                ["type"] = "OUTFLOW",
                ["type__in"] = "INFLOW,OUTFLOW",
            },
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("ListInvestmentTransactionsBrazil")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "options", "BrazilInvestmentTransactionListOptions.Link", c => c.BrazilInvestmentTransactions.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailInvestmentTransactionBrazil")]
    public async Task GetAsync_gets_the_transaction_by_id_with_and_without_field_selection()
    {
        var transaction = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("brazil_investment_transaction"), (c, fields) => c.BrazilInvestmentTransactions.GetAsync(SpecItemId, fields));

        AssertIsSpecInvestmentTransaction(transaction);
    }

    [Theory]
    [InlineData(201, false, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, true, $$"""{"link":"{{LinkIdText}}","date_from":"2020-08-05","date_to":"2020-10-05","save_data":true}""")]
    [InlineData(200, true, false, $$"""{"link":"{{LinkIdText}}","date_from":"2020-08-05","date_to":"2020-10-05","save_data":false}""")]
    [Covers("RetrieveInvestmentTransactionsBrazil")]
    public async Task RetrieveAsync_posts_the_link_the_period_and_save_data_and_reads_the_transactions(int status, bool withPeriod, bool? saveData, string expectedBody)
    {
        var retrieve = new BrazilInvestmentTransactionsRetrieveRequest
        {
            Link = LinkId,
            DateFrom = withPeriod ? new DateOnly(2020, 8, 5) : null,
            DateTo = withPeriod ? new DateOnly(2020, 10, 5) : null,
            SaveData = saveData,
        };

        var (transactions, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("brazil_investment_transaction")}]", c => c.BrazilInvestmentTransactions.RetrieveAsync(retrieve));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecInvestmentTransaction(Assert.Single(transactions));
    }

    [Fact]
    [Covers("RetrieveInvestmentTransactionsBrazil")]
    public Task RetrieveAsync_refuses_a_reversed_period_before_sending() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) =>
            c.BrazilInvestmentTransactions.RetrieveAsync(new BrazilInvestmentTransactionsRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = to }));

    [Fact]
    [Covers("DestroyInvestmentTransactionBrazil")]
    public Task DeleteAsync_sends_DELETE_to_the_transaction_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.BrazilInvestmentTransactions.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilInvestmentTransactions.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilInvestmentTransactions.DeleteAsync(Guid.Empty));
        await _belvo.AssertNullRequestRefusedAsync(
            nameof(BrazilInvestmentTransactionsRetrieveRequest), c => c.BrazilInvestmentTransactions.RetrieveAsync(null!));
    }
}
