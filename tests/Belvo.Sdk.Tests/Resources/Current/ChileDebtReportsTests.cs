using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Debt reports (CMF, Chile): ListDebtReportChile, RetrieveDebtReportChile (and its asynchronous form, which the
/// description accepts without declaring a 202), DetailDebtReportChile, DestroyDebtReportChile. The answers are the
/// <c>debt_chile</c> schema's property examples (Payloads/current/chile_debt_report.json).
/// </summary>
public sealed class ChileDebtReportsTests : IDisposable
{
    private const string Collection = "/api/cl/debt-reports/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static void AssertIsSpecReport(ChileDebtReport report)
    {
        Assert.Equal(SpecItemId, report.Id);
        Assert.Equal(SpecLinkId, report.Link);
        Assert.Equal(SpecTimestamp, report.CollectedAt);
        Assert.Equal(SpecTimestamp, report.CreatedAt);
        Assert.Equal("Cabezas Pérez Martín Vicente ", report.PersonalData!.FullName);
        Assert.Equal(ChileTaxStatusLegalRepresentativeDocumentIdType.Rut, report.PersonalData.DocumentIdType);
        Assert.Equal("12345678-9", report.PersonalData.DocumentIdNumber);
        Assert.Equal(new DateOnly(2023, 7, 2), report.DebtDataLastUpdate);
        Assert.Equal("CLP", report.Currency);
        Assert.Equal(6506000.02m, report.Total);
        Assert.Equal(5350000.02m, report.Current);
        Assert.Null(report.Delinquent);
        Assert.Equal(56000.02m, report.SeverelyDelinquent);
        Assert.Equal(1100000.02m, report.Defaulted);

        var direct = Assert.Single(report.DirectDebts!);
        Assert.Equal("Banco Santander", direct.FinancialInstitution);
        Assert.Equal("Vivienda", direct.CreditType);
        Assert.Equal(5000000.02m, direct.Amount);
        Assert.Null(direct.Defaulted);
        var indirect = Assert.Single(report.IndirectDebts!);
        Assert.Equal("Consumo", indirect.CreditType);
        Assert.Null(indirect.Current);
        Assert.Equal(200000.02m, indirect.Defaulted);
        var line = Assert.Single(report.CreditLines!);
        Assert.Equal(5000000.02m, line.DirectAmount);
        Assert.Null(line.IndirectAmount);
        var other = Assert.Single(report.OtherCredits!);
        Assert.Null(other.DirectAmount);
        Assert.Equal(250000.02m, other.IndirectAmount);
        Assert.Null(report.AdditionalProperties);
    }

    [Fact]
    [Covers("ListDebtReportChile")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_reports()
    {
        AssertIsSpecReport(await _belvo.AssertListsFirstPageAsync(Collection, "chile_debt_report", c => c.ChileDebtReports.ListAsync()));
    }

    [Fact]
    [Covers("ListDebtReportChile")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new ChileDebtReportListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.ChileDebtReports.ListAsync(options).GetPageAsync());

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
    [Covers("DetailDebtReportChile")]
    public async Task GetAsync_gets_the_report_by_id_with_and_without_field_selection()
    {
        var report = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("chile_debt_report"), (c, fields) => c.ChileDebtReports.GetAsync(SpecItemId, fields));

        AssertIsSpecReport(report);
    }

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, true, $$"""{"link":"{{LinkIdText}}","attach_pdf":true,"save_data":true}""")]
    [InlineData(200, false, false, $$"""{"link":"{{LinkIdText}}","attach_pdf":false,"save_data":false}""")]
    [Covers("RetrieveDebtReportChile")]
    public async Task RetrieveAsync_posts_the_link_attach_pdf_and_save_data_without_the_async_header(int status, bool? attachPdf, bool? saveData, string expectedBody)
    {
        var (reports, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("chile_debt_report")}]",
            c => c.ChileDebtReports.RetrieveAsync(new ChileDebtReportsRetrieveRequest { Link = LinkId, AttachPdf = attachPdf, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecReport(Assert.Single(reports));
    }

    [Fact]
    [Covers("RetrieveDebtReportChile")]
    [Covers("IChileDebtReportsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            $$"""{"link":"{{LinkIdText}}","attach_pdf":true}""",
            c => c.ChileDebtReports.RetrieveInBackgroundAsync(new ChileDebtReportsRetrieveRequest { Link = LinkId, AttachPdf = true }),
            c => c.ChileDebtReports.RetrieveInBackgroundWithResponseAsync(new ChileDebtReportsRetrieveRequest { Link = LinkId, AttachPdf = true }));

    [Fact]
    [Covers("DestroyDebtReportChile")]
    public Task DeleteAsync_sends_DELETE_to_the_report_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.ChileDebtReports.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_null_requests_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileDebtReports.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileDebtReports.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.ChileDebtReports.RetrieveInBackgroundAsync(new ChileDebtReportsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChileDebtReportsRetrieveRequest), c => c.ChileDebtReports.RetrieveAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChileDebtReportsRetrieveRequest), c => c.ChileDebtReports.RetrieveInBackgroundAsync(null!));
    }
}
