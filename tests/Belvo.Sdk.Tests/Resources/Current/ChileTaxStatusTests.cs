using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Tax status (SII, Chile): ListTaxStatusChile, RetrieveTaxStatusChile (an array, unlike Mexico's), DetailTaxStatusChile,
/// DestroyTaxStatusChile. The operations carry no examples, so the answers are the <c>tax_status_sii</c> schema's
/// property examples (Payloads/current/chile_tax_status.json).
/// </summary>
public sealed class ChileTaxStatusTests : IDisposable
{
    private const string Collection = "/api/cl/tax-status/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static void AssertIsSpecTaxStatus(ChileTaxStatus status)
    {
        Assert.Equal(SpecItemId, status.Id);
        Assert.Equal(SpecLinkId, status.Link);
        Assert.Equal(SpecTimestamp, status.CollectedAt);
        Assert.Equal(SpecTimestamp, status.CreatedAt);

        var entity = status.EntityDetails!;
        Assert.Equal(new DateOnly(2010, 9, 24), entity.IncorporationDate);
        Assert.Null(entity.EndDate);
        Assert.Equal("197476427-K", entity.DocumentIdNumber);
        Assert.Equal("Empresa de Prueba", entity.Name);

        var address = Assert.Single(status.Addresses!);
        Assert.Equal(ChileTaxStatusAddressType.Primary, address.Type);
        Assert.Equal("Calle Falsa 123", address.Address);
        Assert.Equal(ChileTaxStatusEmailType.Contact, Assert.Single(status.Emails!).Type);
        var phone = Assert.Single(status.PhoneNumbers!);
        Assert.Equal(ChileTaxStatusPhoneType.Landline, phone.Type);
        Assert.Equal("123456789", phone.Number); // the example writes a number; the schema says a string

        var activity = Assert.Single(status.EconomicActivities!);
        Assert.Equal("702000", activity.Code);
        Assert.Equal(1, activity.TaxCategory);
        Assert.True(activity.VatAffected);

        var representative = Assert.Single(status.LegalRepresentative!);
        Assert.True(representative.IsCurrent);
        Assert.Equal(ChileTaxStatusLegalRepresentativeDocumentIdType.Rut, representative.DocumentIdType);

        var holder = Assert.Single(status.EquityHolders!);
        Assert.Equal(1000000m, holder.CapitalContributed);
        Assert.Equal(25.25m, holder.OwnershipShare);
        Assert.Equal(31.25m, holder.ProfitShare);
        Assert.Equal(3750.02m, Assert.Single(status.CompanyPartnershipStakes!).CapitalContributionOutstanding);

        var regime = Assert.Single(status.Regimes!);
        Assert.Equal("MICRO EMPRESA", regime.Type);
        Assert.Equal(new DateOnly(2023, 1, 1), regime.StartDate);
        Assert.Equal(2000, Assert.Single(status.AuthorizedTaxDocuments!).DocumentLimit);

        var property = Assert.Single(status.PropertyTaxLiabilities!);
        Assert.Equal("NUNAO", property.District);
        var overdue = Assert.Single(property.OverdueTaxPayments);
        Assert.Equal(2023, overdue.Year);
        Assert.Equal(new DateOnly(2023, 4, 30), overdue.DueDate);
        Assert.Equal(19.864m, overdue.AmountDue);
        Assert.Equal(19.864m, Assert.Single(property.ScheduledTaxPayments).AmountDue);
        Assert.Equal("VIÑA DEL MAR", status.FiscalOffice!.Name);
        Assert.Null(status.AdditionalProperties);
    }

    [Fact]
    [Covers("ListTaxStatusChile")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_tax_status()
    {
        AssertIsSpecTaxStatus(await _belvo.AssertListsFirstPageAsync(Collection, "chile_tax_status", c => c.ChileTaxStatus.ListAsync()));
    }

    [Fact]
    [Covers("ListTaxStatusChile")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new ChileTaxStatusListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.ChileTaxStatus.ListAsync(options).GetPageAsync());

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
    [Covers("DetailTaxStatusChile")]
    public async Task GetAsync_gets_the_tax_status_by_id_with_and_without_field_selection()
    {
        var status = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("chile_tax_status"), (c, fields) => c.ChileTaxStatus.GetAsync(SpecItemId, fields));

        AssertIsSpecTaxStatus(status);
    }

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, true, $$"""{"link":"{{LinkIdText}}","attach_pdf":true,"save_data":true}""")]
    [InlineData(200, false, false, $$"""{"link":"{{LinkIdText}}","attach_pdf":false,"save_data":false}""")]
    [Covers("RetrieveTaxStatusChile")]
    public async Task RetrieveAsync_posts_the_link_attach_pdf_and_save_data_and_reads_the_array_Belvo_answers(int status, bool? attachPdf, bool? saveData, string expectedBody)
    {
        var (statuses, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("chile_tax_status")}]",
            c => c.ChileTaxStatus.RetrieveAsync(new ChileTaxStatusRetrieveRequest { Link = LinkId, AttachPdf = attachPdf, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecTaxStatus(Assert.Single(statuses));
    }

    [Fact]
    [Covers("DestroyTaxStatusChile")]
    public Task DeleteAsync_sends_DELETE_to_the_tax_status_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.ChileTaxStatus.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileTaxStatus.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.ChileTaxStatus.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.ChileTaxStatus.RetrieveAsync(new ChileTaxStatusRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChileTaxStatusRetrieveRequest), c => c.ChileTaxStatus.RetrieveAsync(null!));
    }
}
