using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class TaxStatusTests : IDisposable
{
    private const string Collection = "/api/tax-status/";
    private static readonly Guid TaxStatusId = Guid.Parse("6de34cb3-bf0d-445d-b832-7ec7781e2c6f");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The first tax status of the spec's <c>TaxStatusBusinessListPaginated</c>, read into its type.</summary>
    private static void AssertIsSpecBusinessStatus(TaxStatusSat sat)
    {
        Assert.Equal(TaxStatusId, sat.Id);
        Assert.Equal(Guid.Parse("0b2edc42-7214-4c68-b22e-ae6885bf7c07"), sat.Link);
        Assert.Equal("ACNE SA DE CV", sat.OfficialName);
        Assert.Equal("GHTF980303F7", sat.TaxPayerInformation!.Rfc);
        Assert.Equal("ACNE SA DE CV", sat.TaxPayerInformation.SocialName);
        Assert.Equal(new DateOnly(1995, 8, 1), sat.TaxPayerInformation.StartOperationsDate);
    }

    /// <summary>The spec's <c>TaxStatusPersonal</c> retrieval answer, read into its type.</summary>
    private static void AssertIsSpecPersonalStatus(TaxStatusSat sat)
    {
        Assert.Equal(TaxStatusId, sat.Id);
        Assert.Equal(Guid.Parse("401d5a8e-79e2-472e-a1ca-8f4646f5cb24"), sat.Link);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:46:20.406032Z", CultureInfo.InvariantCulture), sat.CreatedAt);
        Assert.Equal("Alfredo Gonzalo Robin", sat.OfficialName);
        Assert.Equal("2274235873432", sat.IdCif);
        Assert.Equal("=PDF-STRING=", sat.Pdf);
        Assert.Equal("BEMP930403HDFLLT00", sat.TaxPayerInformation!.Curp);
        Assert.Equal(new DateOnly(2000, 6, 1), sat.TaxPayerInformation.LastStatusChangeDate);
        Assert.Equal("21255", sat.Address!.PostalCode);
        Assert.Equal("CALLE PRINCIPE", Assert.Single(sat.Address.BetweenStreet!).StreetOne);
        var activity = Assert.Single(sat.EconomicActivity!);
        Assert.Equal("Asalariado", activity.EconomicActivity);
        Assert.Equal(new DateOnly(2014, 11, 5), activity.InitialDate);
        Assert.Null(activity.EndDate);
        Assert.Equal(2, sat.Obligations!.Count);
        Assert.Equal(new DateOnly(2004, 3, 31), sat.Obligations[1].InitialDate);
    }

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_tax_statuses()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, BelvoTestServer.Payload("tax_status_page"), c => c.TaxStatus.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(101, page.Count);
        AssertIsSpecBusinessStatus(Assert.Single(page.Results));
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new TaxStatusListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, TaxStatusId],
            CreatedAt = new ComparisonFilter<DateOnly>
            {
                GreaterThan = new DateOnly(2022, 1, 1),
                GreaterThanOrEqual = new DateOnly(2022, 1, 1),
                LessThan = new DateOnly(2022, 2, 28),
                LessThanOrEqual = new DateOnly(2022, 3, 1),
                Range = (new DateOnly(2022, 2, 1), new DateOnly(2022, 3, 1)),
            },
            Id = TaxStatusId,
            IdIn = [TaxStatusId, LinkId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.TaxStatus.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{TaxStatusId}",
            ["created_at__gt"] = "2022-01-01",
            ["created_at__gte"] = "2022-01-01",
            ["created_at__lt"] = "2022-02-28",
            ["created_at__lte"] = "2022-03-01",
            ["created_at__range"] = "2022-02-01,2022-03-01",
            ["id"] = TaxStatusId.ToString(),
            ["id__in"] = $"{TaxStatusId},{LinkId}",
        });
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_tax_statuses()
    {
        var (statuses, request) = await _belvo.CallAsync(
            "GET", Collection, 200, BelvoTestServer.Payload("tax_status_page"),
            c => c.TaxStatus.ListAsync(new TaxStatusListOptions { Link = LinkId, MaxItems = 1 }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecBusinessStatus(Assert.Single(statuses));
    }

    [Fact]
    public async Task GetAsync_gets_the_tax_status_by_id_with_and_without_field_selection()
    {
        var taxStatus = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{TaxStatusId}/", FirstItem(BelvoTestServer.Payload("tax_status_page")), (c, fields) => c.TaxStatus.GetAsync(TaxStatusId, fields));

        AssertIsSpecBusinessStatus(taxStatus);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_tax_status_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{TaxStatusId}/", c => c.TaxStatus.DeleteAsync(TaxStatusId));

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, true, $$"""{"link":"{{LinkIdText}}","attach_pdf":true,"save_data":true}""")]
    [InlineData(200, false, false, $$"""{"link":"{{LinkIdText}}","attach_pdf":false,"save_data":false}""")]
    public async Task RetrieveAsync_posts_link_attach_pdf_and_save_data_and_reads_one_SAT_tax_status_from_201_or_200(int status, bool? attachPdf, bool? saveData, string expectedBody)
    {
        var (taxStatus, request) = await _belvo.CallAsync(
            "POST", Collection, status, SpecPayload("tax_status_retrieve"),
            c => c.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = LinkId, AttachPdf = attachPdf, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecPersonalStatus(taxStatus);
    }

    [Fact]
    public async Task RetrieveAsync_reads_the_tax_status_also_when_Belvo_wraps_it_in_a_one_item_array()
    {
        var (taxStatus, _) = await _belvo.CallAsync(
            "POST", Collection, 201, $"[{SpecPayload("tax_status_retrieve")}]", c => c.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = LinkId }));

        AssertIsSpecPersonalStatus(taxStatus);
    }

    [Fact]
    public async Task The_regimes_Belvo_now_sends_are_typed()
    {
        var (taxStatus, _) = await _belvo.CallAsync(
            "POST", Collection, 201, SpecPayload("tax_status_retrieve"), c => c.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = LinkId }));

        Assert.Single(taxStatus.Regimes!);
    }

    [Fact]
    public async Task Empty_ids_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.TaxStatus.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.TaxStatus.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = Guid.Empty }));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(TaxStatusRetrieveRequest), c => c.TaxStatus.RetrieveAsync(null!));
}
