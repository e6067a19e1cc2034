using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class InvoicesTests : IDisposable
{
    private const string Collection = "/api/invoices/";
    private static readonly Guid SatInvoiceId = Guid.Parse("90d90e38-0087-4b6d-b6dc-94ea561bb9cb");
    private static readonly Guid OtherInvoiceId = Guid.Parse("c749315b-eec2-435d-a458-06912878564f");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>A retrieval answer holding the 2023 spec's SAT <c>InvoiceNomina</c> twice.</summary>
    private static string SatInvoices() =>
        new JsonArray(JsonNode.Parse(FirstItem(SpecPayload("invoices_retrieve"))), JsonNode.Parse(FirstItem(SpecPayload("invoices_retrieve")))).ToJsonString();

    private static InvoicesRetrieveRequest Year2020(bool? saveData = null) => new()
    {
        Link = LinkId,
        DateFrom = new DateOnly(2020, 1, 1),
        DateTo = new DateOnly(2020, 12, 31),
        Type = InvoiceType.Inflow,
        SaveData = saveData,
    };

    /// <summary>The spec's <c>InvoiceIngreso</c> invoice (first of the paginated example), read into its types.</summary>
    private static void AssertIsSpecIngreso(SatInvoice sat)
    {
        Assert.Equal(SatInvoiceId, sat.Id);
        Assert.Equal("Ingreso", sat.InvoiceType?.Value);
        Assert.Equal(InvoiceType.Outflow, sat.Type);
        Assert.Equal(SatPaymentMethod.Pue, sat.PaymentMethod);
        Assert.Equal(new DateOnly(2020, 12, 24), sat.InvoiceDate);
        Assert.Equal(25m, sat.SubtotalAmount);
        Assert.Equal(4m, sat.TaxAmount);
        Assert.Equal(29m, sat.TotalAmount);
        Assert.Equal("Servicios de mensajería.", Assert.Single(sat.InvoiceDetails).Description);
        Assert.Equal(16m, sat.InvoiceDetails[0].TaxPercentage);
        Assert.Empty(sat.Payments);
        Assert.Null(sat.Payroll);
    }

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_invoices()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, BelvoTestServer.Payload("invoices_page"), c => c.Invoices.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(110, page.Count);
        AssertIsSpecIngreso(Assert.Single(page.Results));
    }

    [Fact]
    public Task ListPageAsync_sends_every_filter_under_its_wire_name_with_invariant_numbers_and_dates() => WithCommaDecimalCultureAsync(async () =>
    {
        var options = new InvoiceListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherInvoiceId],
            CreatedAt = ComparisonFilter.Between(new DateOnly(2022, 2, 9), new DateOnly(2022, 2, 10)),
            Id = SatInvoiceId,
            IdIn = [SatInvoiceId, OtherInvoiceId],
            InvoiceDate = new ComparisonFilter<DateOnly>
            {
                EqualTo = new DateOnly(2020, 12, 24),
                GreaterThan = new DateOnly(2020, 1, 1),
                GreaterThanOrEqual = new DateOnly(2020, 1, 2),
                LessThan = new DateOnly(2021, 1, 1),
                LessThanOrEqual = new DateOnly(2020, 12, 31),
                Range = (new DateOnly(2020, 6, 1), new DateOnly(2020, 12, 31)),
            },
            InvoiceIdentification = "862B9918-3K6H-4E0B-NAI9-2BE2D833B840",
            InvoiceIdentificationIn = ["862B9918-3K6H-4E0B-NAI9-2BE2D833B840", "AAA"],
            Status = "Vigente",
            StatusIn = ["Vigente", "Cancelado"],
            TotalAmount = new ComparisonFilter<decimal>
            {
                EqualTo = 15400.1m,
                GreaterThan = 0.5m,
                GreaterThanOrEqual = 29m,
                LessThan = 100000.25m,
                LessThanOrEqual = 99999.99m,
                Range = (10.75m, 20400.1m),
            },
            Type = InvoiceType.Inflow,
            TypeIn = [InvoiceType.Inflow, InvoiceType.Outflow],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Invoices.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{OtherInvoiceId}",
            ["created_at__range"] = "2022-02-09,2022-02-10",
            ["id"] = SatInvoiceId.ToString(),
            ["id__in"] = $"{SatInvoiceId},{OtherInvoiceId}",
            ["invoice_date"] = "2020-12-24",
            ["invoice_date__gt"] = "2020-01-01",
            ["invoice_date__gte"] = "2020-01-02",
            ["invoice_date__lt"] = "2021-01-01",
            ["invoice_date__lte"] = "2020-12-31",
            ["invoice_date__range"] = "2020-06-01,2020-12-31",
            ["invoice_identification"] = "862B9918-3K6H-4E0B-NAI9-2BE2D833B840",
            ["invoice_identification__in"] = "862B9918-3K6H-4E0B-NAI9-2BE2D833B840,AAA",
            ["status"] = "Vigente",
            ["status__in"] = "Vigente,Cancelado",
            ["total_amount"] = "15400.1",
            ["total_amount__gt"] = "0.5",
            ["total_amount__gte"] = "29",
            ["total_amount__lt"] = "100000.25",
            ["total_amount__lte"] = "99999.99",
            ["total_amount__range"] = "10.75,20400.1",
            ["type"] = "INFLOW",
            ["type__in"] = "INFLOW,OUTFLOW",
        });
    });

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_invoices()
    {
        var (invoices, request) = await _belvo.CallAsync(
            "GET", Collection, 200, BelvoTestServer.Payload("invoices_page"),
            c => c.Invoices.ListAsync(new InvoiceListOptions { Link = LinkId, Type = InvoiceType.Outflow, MaxItems = 1 }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText, ["type"] = "OUTFLOW" });
        AssertIsSpecIngreso(Assert.Single(invoices));
    }

    [Fact]
    public async Task GetAsync_gets_an_invoice_by_id_with_and_without_field_selection()
    {
        var invoice = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SatInvoiceId}/", FirstItem(BelvoTestServer.Payload("invoices_page")), (c, fields) => c.Invoices.GetAsync(SatInvoiceId, fields));

        AssertIsSpecIngreso(invoice);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_invoice_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SatInvoiceId}/", c => c.Invoices.DeleteAsync(SatInvoiceId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}","date_from":"2020-01-01","date_to":"2020-12-31","type":"INFLOW"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","date_from":"2020-01-01","date_to":"2020-12-31","type":"INFLOW","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","date_from":"2020-01-01","date_to":"2020-12-31","type":"INFLOW","save_data":false}""")]
    public async Task RetrieveAsync_posts_link_dates_type_and_save_data_and_reads_typed_invoices(int status, bool? saveData, string expectedBody)
    {
        var (invoices, request) = await _belvo.CallAsync("POST", Collection, status, SatInvoices(), c => c.Invoices.RetrieveAsync(Year2020(saveData)));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        Assert.Equal(2, invoices.Count);
        Assert.All(invoices, invoice => Assert.Equal(SatInvoiceId, invoice.Id));
    }

    [Fact]
    public async Task RetrieveAsync_asks_for_the_XML_when_attach_xml_is_set()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, SatInvoices(), c => c.Invoices.RetrieveAsync(Year2020() with { Type = InvoiceType.Outflow, AttachXml = true }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""
            {"link":"{{LinkIdText}}","date_from":"2020-01-01","date_to":"2020-12-31","type":"OUTFLOW","attach_xml":true}
            """);
    }

    [Fact]
    public async Task A_SAT_payroll_invoice_reads_its_amounts_dates_payroll_and_warnings()
    {
        var (invoices, _) = await _belvo.CallAsync("POST", Collection, 201, SatInvoices(), c => c.Invoices.RetrieveAsync(Year2020()));

        var sat = invoices[0];
        Assert.Equal(SatInvoiceId, sat.Id);
        Assert.Equal(Guid.Parse("1bd948f7-245d-4313-b604-34d1044cb908"), sat.Link);
        Assert.Equal("Nómina", sat.InvoiceType?.Value);
        Assert.Equal(InvoiceType.Inflow, sat.Type);
        Assert.Equal("3.3", sat.Version);
        Assert.Equal(20400.1m, sat.SubtotalAmount);
        Assert.Equal(5000m, sat.DiscountAmount);
        Assert.Equal(15400.1m, sat.TotalAmount);
        Assert.Equal(1m, sat.ExchangeRate);
        Assert.Equal(new DateOnly(2020, 12, 24), sat.CertificationDate);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:46:20.406032Z", CultureInfo.InvariantCulture), sat.CreatedAt);
        Assert.Equal(20400.1m, Assert.Single(sat.InvoiceDetails).UnitAmount);
        Assert.Equal(30, sat.Payroll!.Days);
        Assert.Equal(20400.1m, sat.Payroll.Amount);
        Assert.Equal(new DateOnly(2020, 12, 1), sat.Payroll.DateFrom);
        Assert.Equal(new DateOnly(2020, 12, 24), sat.Payroll.PaymentDate);
        Assert.Equal("warning_code", sat.Warnings!.Code);
        Assert.Equal("=XML-STRING=", sat.Xml);
    }

    [Fact]
    public async Task A_year_of_invoices_larger_than_one_read_buffer_is_read_whole()
    {
        var sat = JsonNode.Parse(FirstItem(SpecPayload("invoices_retrieve")))!;
        var year = new JsonArray(Enumerable.Range(0, 40).Select(_ => sat.DeepClone()).ToArray()).ToJsonString();
        Assert.True(year.Length > 32 * 1024, "The answer must be larger than the 16 KiB a streaming JSON read buffers at first.");

        var (invoices, _) = await _belvo.CallAsync("POST", Collection, 201, year, c => c.Invoices.RetrieveAsync(Year2020()));

        Assert.Equal(40, invoices.Count);
        Assert.All(invoices, invoice => Assert.Equal(20400.1m, invoice.SubtotalAmount));
    }

    [Theory]
    [MemberData(nameof(ResumeCases), MemberType = typeof(ResourceTestKit))]
    public async Task ResumeAsync_patches_the_collection_with_session_link_token_and_save_data(string? token, bool? saveData, string expectedBody)
    {
        var (invoices, request) = await _belvo.CallAsync("PATCH", Collection, 201, SatInvoices(), c => c.Invoices.ResumeAsync(Session, token, LinkId, saveData));

        RequestAssert.Sent(request, "PATCH", Collection, jsonBody: expectedBody);
        Assert.Equal(2, invoices.Count);
    }

    [Fact]
    public async Task Empty_ids_reversed_dates_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Invoices.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Invoices.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Invoices.RetrieveAsync(Year2020() with { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Invoices.ResumeAsync(Session, "123456", Guid.Empty));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Invoices.RetrieveAsync(Year2020() with { DateFrom = from, DateTo = to }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Invoices.ResumeAsync("", "123456", LinkId));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(InvoicesRetrieveRequest), c => c.Invoices.RetrieveAsync(null!));
}
