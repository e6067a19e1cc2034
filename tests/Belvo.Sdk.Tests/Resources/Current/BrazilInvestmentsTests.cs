using System.Globalization;
using System.Net;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Investments (Brazil open finance): ListInvestmentsBrazil, RetrieveInvestmentsBrazil, DetailInvestmentBrazil,
/// DestroyInvestmentBrazil.
/// </summary>
public sealed class BrazilInvestmentsTests : IDisposable
{
    private const string Collection = "/api/br/investments/";
    internal static readonly Guid InvestmentId = Guid.Parse("5359ddc5-31fc-4346-934b-cc24630a8d06");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>InvestmentBrazil</c> schema's property examples (Payloads/current/brazil_investment.json), read into their types.</summary>
    internal static void AssertIsSpecInvestment(BrazilInvestment investment)
    {
        Assert.Equal(InvestmentId, investment.Id);
        Assert.Equal("FIXED_INCOME_BANKING", investment.Type);
        Assert.Equal("10187609364567", investment.IssuerIdNumber);
        Assert.Equal("BRCST4CTF001", investment.IsinNumber);
        Assert.Equal("BRL", investment.Currency);
        Assert.Equal("CONSTELLATION MASTER FIA", investment.ProductName);
        Assert.False(investment.IsTaxExempt);
        Assert.Equal("CDB421GPXXX", investment.ClearingCode);
        Assert.Equal(new DateOnly(2022, 1, 1), investment.DueDate);
        Assert.Equal(new DateOnly(2021, 1, 1), investment.IssueDate);
        Assert.Equal(new DateOnly(2021, 1, 1), investment.PurchaseDate);
        Assert.Equal(new DateOnly(2021, 1, 1), investment.GracePeriodDate);
        Assert.Equal(1000m, investment.IssueUnitPrice);

        var balance = investment.Balance!;
        Assert.Equal(DateTimeOffset.Parse("2022-07-21T17:32:00Z", CultureInfo.InvariantCulture), balance.ReferenceDate);
        Assert.Equal(1000m, balance.GrossValue);
        Assert.Equal(100m, balance.BlockedAmount);
        Assert.Equal(100m, balance.Quantity);
        Assert.Equal(900m, balance.NetValue);
        Assert.Equal(5m, balance.TransactionFee);
        Assert.Equal(0.05m, balance.PreFixedRate);
        Assert.Equal(1m, balance.UnitPriceFactor);

        Assert.Equal("LINEAR", investment.Remuneration!.RateType);
        Assert.Equal("MENSAL", investment.Remuneration.RatePeriodicity);
        Assert.Equal("DIAS_CORRIDOS", investment.Remuneration.CalculationBase);
        Assert.Equal("CDI", investment.Remuneration.Indexer);
        Assert.Equal("IPCA + 5%", investment.Remuneration.IndexerAdditionalInfo);
        Assert.Equal("ACOES", investment.ClassificationDetails!.Category);
        Assert.Equal("Ações Livre", investment.ClassificationDetails.Class);
        Assert.Equal("Ações Livre", investment.ClassificationDetails.Subclass);
        Assert.True(investment.VoucherPaymentDetails!.IsVoucherPayment);
        Assert.Equal("MENSAL", investment.VoucherPaymentDetails.Periodicity);
        Assert.Equal("Roberto Marino", investment.DebtorDetails!.Name);
        Assert.Equal("12345678901", investment.DebtorDetails.IdDocumentNumber); // the example writes a number
        Assert.Null(investment.AdditionalProperties);
    }

    [Fact]
    [Covers("ListInvestmentsBrazil")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_investments()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/brazil_investment")),
            c => c.BrazilInvestments.ListAsync(new BrazilInvestmentListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecInvestment(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListInvestmentsBrazil")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new BrazilInvestmentListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = InvestmentId,
            IdIn = [InvestmentId, OtherId],
            Type = "FIXED_INCOME_BANKING",
            TypeIn = ["FIXED_INCOME_BANKING", "INVESTMENT_FUNDS"],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.BrazilInvestments.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = InvestmentId.ToString(),
                ["id__in"] = $"{InvestmentId},{OtherId}",
                ["type"] = "FIXED_INCOME_BANKING",
                ["type__in"] = "FIXED_INCOME_BANKING,INVESTMENT_FUNDS",
            },
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("ListInvestmentsBrazil")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("options", "BrazilInvestmentListOptions.Link", c => c.BrazilInvestments.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailInvestmentBrazil")]
    public async Task GetAsync_gets_the_investment_by_id_with_and_without_field_selection()
    {
        var investment = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{InvestmentId}/", Payload("brazil_investment"), (c, fields) => c.BrazilInvestments.GetAsync(InvestmentId, fields));

        AssertIsSpecInvestment(investment);
    }

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    [Covers("RetrieveInvestmentsBrazil")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_and_reads_the_investments(int status, bool? saveData, string expectedBody)
    {
        var (investments, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("brazil_investment")}]",
            c => c.BrazilInvestments.RetrieveAsync(new BrazilInvestmentsRetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecInvestment(Assert.Single(investments));
    }

    /// <summary>
    /// The description lists a 202 <c>{request_id}</c> answer for this POST although it takes no async header, and the
    /// SDK has no background variant for it: the 202 reaches the caller as a <see cref="BelvoException"/> with the
    /// status and the body, from which the request id can still be read.
    /// </summary>
    [Fact]
    [Covers("RetrieveInvestmentsBrazil")]
    public async Task RetrieveAsync_answered_202_throws_a_BelvoException_with_the_status_and_the_request_id_in_the_body()
    {
        _belvo.Respond("POST", Collection, 202, Accepted);

        var ex = await Assert.ThrowsAsync<BelvoException>(() =>
            _belvo.CreateClient().BrazilInvestments.RetrieveAsync(new BrazilInvestmentsRetrieveRequest { Link = LinkId }));

        Assert.Equal(HttpStatusCode.Accepted, ex.StatusCode);
        Assert.Contains(RequestId, ex.RawBody, StringComparison.Ordinal);
        Assert.False(ex.IsRetryable);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    [Covers("DestroyInvestmentBrazil")]
    public Task DeleteAsync_sends_DELETE_to_the_investment_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{InvestmentId}/", c => c.BrazilInvestments.DeleteAsync(InvestmentId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilInvestments.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilInvestments.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.BrazilInvestments.RetrieveAsync(new BrazilInvestmentsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(BrazilInvestmentsRetrieveRequest), c => c.BrazilInvestments.RetrieveAsync(null!));
    }
}
