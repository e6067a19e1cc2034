using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Invoices (SII, Chile): ListInvoicesChile, RetrieveInvoicesChile (and its asynchronous form), DetailInvoiceChile,
/// DestroyInvoiceChile. The answers are the operations' own examples: the list's <c>ChileInvoicesAll</c>, the
/// retrieval's <c>PurchaseInvoiceArray</c> and the detail's <c>SaleInvoiceDetails</c>; the schema's property
/// examples are <c>chile_invoice.json</c>.
/// </summary>
public sealed class ChileInvoicesTests : IDisposable
{
    private const string Collection = "/api/cl/invoices/";
    private static readonly Guid PurchaseId = Guid.Parse("bfafa41d-48aa-4de0-9220-f2ca432cc51d");
    private static readonly Guid SaleId = Guid.Parse("0acb61a6-cd12-4ed9-b727-33fa717af526");
    private static readonly Guid SummaryId = Guid.Parse("17de57b4-5c7d-424d-b623-680680f9cdf8");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The purchase invoice of the examples (an OUTFLOW, document 61, only purchase details).</summary>
    private static void AssertIsSpecPurchase(ChileInvoice invoice)
    {
        Assert.Equal(PurchaseId, invoice.Id);
        Assert.Equal(Guid.Parse("1f10cf48-4814-4cac-ae32-6c4ed5460a80"), invoice.Link);
        Assert.Equal(new DateTimeOffset(2025, 2, 10, 20, 26, 6, 643, TimeSpan.Zero).AddTicks(9190), invoice.CreatedAt);
        Assert.Equal(95866m, invoice.TotalAmount);
        Assert.Equal(80560m, invoice.NetAmount);
        Assert.Equal(0m, invoice.VatAmount);
        Assert.Equal("CLP", invoice.Currency);
        Assert.Equal(new DateOnly(2024, 3, 6), invoice.IssueDate);

        // The example writes received_at without an offset; the clock time is what it states.
        Assert.Equal(new DateTime(2024, 3, 6, 11, 25, 40), invoice.ReceivedAt!.Value.DateTime);
        Assert.Null(invoice.AcknowledgedAt);
        Assert.Null(invoice.ClaimDate);
        Assert.Equal("REGISTERED", invoice.Status);
        Assert.Equal(61, invoice.DocumentCode);
        Assert.Equal("Del Giro", invoice.Category);
        Assert.Equal("57419308", invoice.Folio);
        Assert.Equal("11111111-2", invoice.SenderId);
        Assert.Equal("INGENIERIA E BAILES LTDA", invoice.SenderName);
        Assert.Equal("22222222-1", invoice.ReceiverId);
        Assert.Equal("MONITORES SPA", invoice.ReceiverName);
        Assert.Equal(ChileInvoiceType.Outflow, invoice.Type);
        Assert.Null(invoice.SalesInvoiceDetails);
        Assert.Null(invoice.SummaryInvoiceDetails);
        var purchase = invoice.PurchaseInvoiceDetails!;
        Assert.Equal(15306m, purchase.VatRefundableAmount);
        Assert.Equal(0, purchase.VatNonRefundableCode);
        Assert.Equal(0m, purchase.AdditionalTaxAmount);
        Assert.Null(purchase.AdditionalTaxCode);
        Assert.Null(purchase.AdditionalTaxRate);

        // Fields the examples carry and the schema does not describe are kept.
        Assert.Equal("e503b879d1645a2c38f9701b546d1a8327c490fe", invoice.AdditionalProperties!["invoice_identification"].GetString());
    }

    [Fact]
    [Covers("ListInvoicesChile")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_purchase_sale_and_summary_invoices()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, Payload("chile_invoices_page"), c => c.ChileInvoices.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(10, page.Count);
        Assert.Equal(3, page.Results.Count);
        AssertIsSpecPurchase(page.Results[0]);
        var sale = page.Results[1];
        Assert.Equal(SaleId, sale.Id);
        Assert.Equal(ChileInvoiceType.Inflow, sale.Type);
        Assert.Equal(76129014, sale.SalesInvoiceDetails!.BranchCode); // sent as sale_invoice_details, read into SalesInvoiceDetails
        var summary = page.Results[2];
        Assert.Equal(SummaryId, summary.Id);
        Assert.Equal(48, summary.DocumentCode);
        Assert.NotNull(summary.SummaryInvoiceDetails);
    }

    [Fact]
    [Covers("ListInvoicesChile")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new ChileInvoiceListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.ChileInvoices.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("DetailInvoiceChile")]
    public async Task GetAsync_gets_the_invoice_by_id_and_reads_the_sale_details_of_the_example()
    {
        var invoice = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SaleId}/", Payload("chile_invoice_sale_detail"), (c, fields) => c.ChileInvoices.GetAsync(SaleId, fields));

        Assert.Equal(SaleId, invoice.Id);
        Assert.Equal(2488000m, invoice.NetAmount);
        Assert.Equal(472720m, invoice.VatAmount);
        Assert.Equal(new DateTime(2024, 9, 27, 11, 27, 47), invoice.AcknowledgedAt!.Value.DateTime);
        Assert.Null(invoice.PurchaseInvoiceDetails);
        var sale = invoice.SalesInvoiceDetails!;
        Assert.Equal(0m, sale.ConstructionSectorTaxCredit); // the example writes "0"
        Assert.False(sale.IsFreeOfCharge);
        Assert.False(sale.PeriodicBillingType); // the example writes 0
        Assert.Null(sale.CreditOrDebitNoteOnPurchase);
        Assert.Equal("0", sale.ReferenceDocumentType);
        Assert.Equal(76129014, sale.BranchCode);
    }

    [Fact]
    [Covers("DetailInvoiceChile")]
    public async Task The_schema_example_with_every_detail_is_read_into_its_types()
    {
        var (invoice, _) = await _belvo.CallAsync("GET", $"{Collection}{SpecItemId}/", 200, Payload("chile_invoice"), c => c.ChileInvoices.GetAsync(SpecItemId));

        Assert.Equal(SpecItemId, invoice.Id);
        Assert.Equal(SpecLinkId, invoice.Link);
        Assert.Equal(3272500.02m, invoice.TotalAmount);
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 15, 23, 47, TimeSpan.FromHours(-3)), invoice.ReceivedAt);
        Assert.Equal(33, invoice.DocumentCode);
        Assert.Equal(ChileInvoiceType.Inflow, invoice.Type);
        Assert.Equal("2.1", invoice.PurchaseInvoiceDetails!.AdditionalTaxRate);
        Assert.Equal(50993, invoice.PurchaseInvoiceDetails.AdditionalTaxCode);
        Assert.Equal(50000.02m, invoice.SalesInvoiceDetails!.ConstructionSectorTaxCredit);
        Assert.Equal("Peru", invoice.SalesInvoiceDetails.ForeignRecipientNationality);
        Assert.Equal("2024-08", invoice.SummaryInvoiceDetails!.Month);
        Assert.Equal(23, invoice.SummaryInvoiceDetails.TotalDocuments);
        Assert.Null(invoice.AdditionalProperties);
    }

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}","date_from":"2024-03-01","date_to":"2024-03-31"}""")]
    [InlineData(201, "OUTFLOW", true, $$"""{"link":"{{LinkIdText}}","date_from":"2024-03-01","date_to":"2024-03-31","type":"OUTFLOW","save_data":true}""")]
    [InlineData(200, "INFLOW", false, $$"""{"link":"{{LinkIdText}}","date_from":"2024-03-01","date_to":"2024-03-31","type":"INFLOW","save_data":false}""")]
    [Covers("RetrieveInvoicesChile")]
    public async Task RetrieveAsync_posts_the_link_the_period_the_type_and_save_data_without_the_async_header(int status, string? type, bool? saveData, string expectedBody)
    {
        var (invoices, request) = await _belvo.CallAsync(
            "POST", Collection, status, Payload("chile_invoices_purchase"),
            c => c.ChileInvoices.RetrieveAsync(new ChileInvoicesRetrieveRequest
            {
                Link = LinkId,
                DateFrom = new DateOnly(2024, 3, 1),
                DateTo = new DateOnly(2024, 3, 31),
                Type = type is null ? null : InvoiceType.FromValue(type),
                SaveData = saveData,
            }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecPurchase(Assert.Single(invoices));
    }

    [Fact]
    [Covers("RetrieveInvoicesChile")]
    [Covers("IChileInvoicesClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            $$"""{"link":"{{LinkIdText}}","date_from":"2024-03-01","date_to":"2024-03-31"}""",
            c => c.ChileInvoices.RetrieveInBackgroundAsync(Request()),
            c => c.ChileInvoices.RetrieveInBackgroundWithResponseAsync(Request()));

    [Fact]
    [Covers("RetrieveInvoicesChile")]
    public async Task A_reversed_or_future_period_is_refused_before_sending()
    {
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.ChileInvoices.RetrieveAsync(Request() with { DateFrom = from, DateTo = to }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "is in the future. Belvo refuses a date_to after today",
            c => c.ChileInvoices.RetrieveInBackgroundAsync(Request() with { DateTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) }));
    }

    [Fact]
    [Covers("DestroyInvoiceChile")]
    public Task DeleteAsync_sends_DELETE_to_the_invoice_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.ChileInvoices.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_null_requests_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileInvoices.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileInvoices.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.ChileInvoices.RetrieveAsync(Request() with { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChileInvoicesRetrieveRequest), c => c.ChileInvoices.RetrieveAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChileInvoicesRetrieveRequest), c => c.ChileInvoices.RetrieveInBackgroundAsync(null!));
    }

    private static ChileInvoicesRetrieveRequest Request() => new() { Link = LinkId, DateFrom = new DateOnly(2024, 3, 1), DateTo = new DateOnly(2024, 3, 31) };
}
