using System.Globalization;
using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class TaxReturnsTests : IDisposable
{
    private const string Collection = "/api/tax-returns/";
    private static readonly Guid TaxReturnId = Guid.Parse("02589c41-ba22-4d44-8558-8111cc751318");
    private static readonly Guid FiscalLinkId = Guid.Parse("19697249-01b8-443e-a451-76bfc5fbeebf");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static TaxReturnsYearlyRequest Yearly(bool? saveData = null) => new() { Link = LinkId, YearFrom = "2018", YearTo = "2020", SaveData = saveData };

    private static TaxReturnsMonthlyRequest Monthly(bool? saveData = null) => new() { Link = LinkId, DateFrom = new DateOnly(2020, 1, 1), DateTo = new DateOnly(2020, 12, 31), SaveData = saveData };

    private static JsonElement At(JsonElement? element, params string[] path) =>
        path.Aggregate(element!.Value, (current, name) => current.GetProperty(name));

    /// <summary>The spec's <c>TaxReturnPersonalList</c> yearly return of a person, read into its type.</summary>
    private static void AssertIsSpecPersonalReturn(TaxReturn taxReturn)
    {
        var personal = Assert.IsType<TaxReturnPersonal>(taxReturn);
        Assert.Equal(TaxReturnId, personal.Id);
        Assert.Equal(FiscalLinkId, personal.Link);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:46:20.406032Z", CultureInfo.InvariantCulture), personal.CreatedAt);
        Assert.Equal(2018, At(personal.InformacionGeneral, "ejercicio").GetInt32());
        Assert.Equal("ABCD111111A11", At(personal.InformacionGeneral, "rfc").GetString());
        Assert.Equal(19497, At(personal.SueldosSalarios, "impuesto_retenido").GetInt32());
    }

    /// <summary>The spec's four tax return examples (Payloads/tax_returns_retrieve.json), each read into its own variant.</summary>
    private static void AssertAreTheFourSpecVariants(IReadOnlyList<TaxReturn> taxReturns) =>
        Assert.Collection(
            taxReturns,
            AssertIsSpecPersonalReturn,
            personalMonthly =>
            {
                var monthly = Assert.IsType<TaxReturnPersonalMonthly>(personalMonthly);
                Assert.Equal("monthly", monthly.Type);
                Assert.Equal(Guid.Empty, monthly.Id); // the spec example of a monthly return carries no id
                Assert.Equal("PFAE", At(monthly.Isr, "tipo").GetString());
                Assert.Equal(1995, At(monthly.Isr, "determinacion", "total_compras_gastos").GetInt32());
            },
            businessYearly =>
            {
                var business = Assert.IsType<TaxReturnBusiness>(businessYearly);
                Assert.Equal(TaxReturnId, business.Id);
                Assert.Equal("ACME CORP", At(business.InformacionGeneral, "denominacion_razon_social").GetString());
                Assert.Equal(911165, At(business.EstadoResultados, "ventas_servicios_nacionales", "total").GetInt32());
            },
            businessMonthly =>
            {
                var monthly = Assert.IsType<TaxReturnBusinessMonthly>(businessMonthly);
                Assert.Equal("monthly", monthly.Type);
                Assert.Equal("Diciembre", At(monthly.InformacionGeneral, "periodo_declaracion").GetString());
                Assert.Equal(6482479, At(monthly.DeterminacionIsr, "personas_morales_regimen_general", "ingresos_nominales_mes_que_declara").GetInt32());
            });

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_tax_returns()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, SpecPayload("tax_returns_page"), c => c.TaxReturns.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(101, page.Count);
        AssertIsSpecPersonalReturn(Assert.Single(page.Results));
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new TaxReturnListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, FiscalLinkId],
            CreatedAt = new ComparisonFilter<DateOnly>
            {
                GreaterThan = new DateOnly(2022, 2, 9),
                LessThanOrEqual = new DateOnly(2022, 2, 10),
            },
            Id = TaxReturnId,
            IdIn = [TaxReturnId, FiscalLinkId],
            FiscalYear = new ComparisonFilter<int>
            {
                EqualTo = 2018,
                GreaterThan = 2015,
                GreaterThanOrEqual = 2016,
                LessThan = 2022,
                LessThanOrEqual = 2021,
                Range = (2017, 2020),
            },
            DeclarationType = "Normal",
            DeclarationTypeIn = ["Normal", "Complementaria"],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.TaxReturns.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{FiscalLinkId}",
            ["created_at__gt"] = "2022-02-09",
            ["created_at__lte"] = "2022-02-10",
            ["id"] = TaxReturnId.ToString(),
            ["id__in"] = $"{TaxReturnId},{FiscalLinkId}",
            ["ejercicio"] = "2018",
            ["ejercicio__gt"] = "2015",
            ["ejercicio__gte"] = "2016",
            ["ejercicio__lt"] = "2022",
            ["ejercicio__lte"] = "2021",
            ["ejercicio__range"] = "2017,2020",
            ["tipo_declaracion"] = "Normal",
            ["tipo_declaracion__in"] = "Normal,Complementaria",
        });
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_every_variant()
    {
        var (taxReturns, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOfItems(SpecPayload("tax_returns_retrieve")),
            c => c.TaxReturns.ListAsync(new TaxReturnListOptions { Link = FiscalLinkId }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = FiscalLinkId.ToString() });
        AssertAreTheFourSpecVariants(taxReturns);
    }

    [Fact]
    public async Task GetAsync_gets_the_tax_return_by_id_with_and_without_field_selection()
    {
        var taxReturn = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{TaxReturnId}/", FirstItem(SpecPayload("tax_returns_page")), (c, fields) => c.TaxReturns.GetAsync(TaxReturnId, fields));

        AssertIsSpecPersonalReturn(taxReturn);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_tax_return_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{TaxReturnId}/", c => c.TaxReturns.DeleteAsync(TaxReturnId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}","type":"yearly","year_from":"2018","year_to":"2020"}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","type":"yearly","year_from":"2018","year_to":"2020","save_data":false}""")]
    public async Task RetrieveAsync_yearly_posts_type_and_years_and_reads_all_four_variants_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (taxReturns, request) = await _belvo.CallAsync("POST", Collection, status, SpecPayload("tax_returns_retrieve"), c => c.TaxReturns.RetrieveAsync(Yearly(saveData)));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertAreTheFourSpecVariants(taxReturns);
    }

    [Theory]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","type":"monthly","date_from":"2020-01-01","date_to":"2020-12-31","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","type":"monthly","date_from":"2020-01-01","date_to":"2020-12-31","save_data":false}""")]
    public async Task RetrieveAsync_monthly_posts_type_and_dates_and_reads_all_four_variants_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (taxReturns, request) = await _belvo.CallAsync("POST", Collection, status, SpecPayload("tax_returns_retrieve"), c => c.TaxReturns.RetrieveAsync(Monthly(saveData)));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertAreTheFourSpecVariants(taxReturns);
    }

    [Fact]
    public async Task RetrieveAsync_asks_for_the_PDF_when_attach_pdf_is_set()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, SpecPayload("tax_returns_retrieve"), c => c.TaxReturns.RetrieveAsync(Yearly() with { AttachPdf = true }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""
            {"link":"{{LinkIdText}}","type":"yearly","year_from":"2018","year_to":"2020","attach_pdf":true}
            """);
    }

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.TaxReturns.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.TaxReturns.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.TaxReturns.RetrieveAsync(Yearly() with { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.TaxReturns.RetrieveAsync(Monthly() with { Link = Guid.Empty }));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(TaxReturnsRetrieveRequest), c => c.TaxReturns.RetrieveAsync(null!));

    [Fact]
    public Task A_monthly_request_with_reversed_dates_is_refused_before_anything_is_sent() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.TaxReturns.RetrieveAsync(Monthly() with { DateFrom = from, DateTo = to }));
}
