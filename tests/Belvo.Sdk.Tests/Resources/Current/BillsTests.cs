using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>Credit card bills (Brazil open finance): ListBills, RetrieveBills, DetailBills, DestroyBills.</summary>
public sealed class BillsTests : IDisposable
{
    private const string Collection = "/api/bills/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>Bill</c> schema's property examples (Payloads/current/bill.json), read into their types.</summary>
    private static void AssertIsSpecBill(Bill bill)
    {
        Assert.Equal(SpecItemId, bill.Id);
        Assert.Equal(SpecTimestamp, bill.CreatedAt);
        Assert.Equal(SpecTimestamp, bill.CollectedAt);
        Assert.Equal("92792126019929279212650822221989319252576", bill.InternalIdentification);
        Assert.Equal("apr-2020", bill.BillName);
        Assert.Equal(new DateOnly(2021, 9, 6), bill.DueDate);
        Assert.Equal("BRL", bill.Currency);
        Assert.Equal(45391.89m, bill.TotalAmount);
        Assert.Equal(391.89m, bill.MinimumAmount);
        Assert.False(bill.IsInstallment);

        var charge = Assert.Single(bill.FinanceCharges!);
        Assert.Equal(BillFinanceChargeType.FromValue("LATE_PAYMENT_INTEREST"), charge.Type);
        Assert.Equal("Paid 15 days late, fee applied.", charge.AdditionalInfo);
        Assert.Equal("BRL", charge.Currency);
        Assert.Equal(91.89m, charge.Amount);

        var payment = Assert.Single(bill.Payments!);
        Assert.Equal(BillPaymentType.FromValue("INSTALLMENT"), payment.Type);
        Assert.Equal(new DateOnly(2021, 9, 4), payment.PaymentDate);
        Assert.Equal(BillPaymentPaymentMode.FromValue("DIRECT_DEBIT"), payment.PaymentMode);
        Assert.Equal(500.15m, payment.Amount);

        // The bill's account is the current (open-finance) account shape.
        var account = bill.Account!;
        Assert.Equal(SpecItemId, account.Id);
        Assert.Equal(SpecLinkId, account.Link);
        Assert.Equal(AccountCategory.CheckingAccount, account.Category);
        Assert.Equal("6272", account.Agency);
        Assert.Equal("7", account.CheckDigit);
        Assert.Equal(5000.5m, account.Overdraft!.Arranged);
        Assert.Equal(1000.5m, account.Overdraft.Used);
        Assert.Equal(300.1m, account.Overdraft.Unarranged);
        Assert.Equal(5621.12m, account.Balance.Available);
        Assert.Equal(192000.9m, account.CreditData!.CreditLimit);
        Assert.Equal(209000m, account.LoanData!.TotalEffectiveCost);
        Assert.Null(bill.AdditionalProperties);
    }

    [Fact]
    [Covers("ListBills")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_bills()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/bill")),
            c => c.Bills.ListAsync(new BillListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecBill(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListBills")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new BillListOptions
        {
            Link = LinkId,
            Account = SpecItemId,
            AccountIn = [SpecItemId, OtherId],
            CollectedAt = EveryTimestampLookupButExact(),
            CreatedAt = EveryDateLookup(),
            DueDate = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Bills.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["account"] = SpecItemId.ToString(),
                ["account__in"] = $"{SpecItemId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            TimestampQuery("collected_at", exact: false),
            DateQuery("created_at"),
            DateQuery("due_date")));
    }

    [Fact]
    [Covers("ListBills")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("options", "BillListOptions.Link", c => c.Bills.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailBills")]
    public async Task GetAsync_gets_the_bill_by_id_with_and_without_field_selection()
    {
        var bill = await _belvo.AssertGetsWithAndWithoutSelectionAsync($"{Collection}{SpecItemId}/", Payload("bill"), (c, fields) => c.Bills.GetAsync(SpecItemId, fields));

        AssertIsSpecBill(bill);
    }

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    [Covers("RetrieveBills")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_and_reads_the_bills_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (bills, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("bill")}]", c => c.Bills.RetrieveAsync(new BillsRetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecBill(Assert.Single(bills));
    }

    [Fact]
    [Covers("DestroyBills")]
    public Task DeleteAsync_sends_DELETE_to_the_bill_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.Bills.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Bills.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Bills.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Bills.RetrieveAsync(new BillsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(BillsRetrieveRequest), c => c.Bills.RetrieveAsync(null!));
    }
}
