using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class InstitutionsTests : IDisposable
{
    private const string Collection = "/api/institutions/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static string SpecPage() => PageOf(1, null, BelvoTestServer.PayloadNode("institution"));

    /// <summary>The institution example (see Payloads/README.md), read into its types.</summary>
    private static void AssertIsSpecInstitution(Institution institution)
    {
        Assert.Equal(1003, institution.Id);
        Assert.Equal("erebor_mx_retail", institution.Name);
        Assert.Equal("Erebor Mexico", institution.DisplayName);
        Assert.Equal(InstitutionType.Bank, institution.Type);
        Assert.Equal(InstitutionStatus.Healthy, institution.Status);
        Assert.Equal(InstitutionIntegrationType.Credentials, institution.IntegrationType);
        Assert.Equal(["MX"], institution.CountryCodes!);
        Assert.Equal(["ACCOUNTS", "BALANCES", "INCOMES", "OWNERS", "RECURRING_EXPENSES", "RISK_INSIGHTS", "TRANSACTIONS"], institution.Resources!);
        Assert.Equal("https://www.erebor.com/", institution.Website);
        Assert.Equal("#056dae", institution.PrimaryColor);
        Assert.Equal(["username", "password"], institution.FormFields!.Select(f => f.Name));
        Assert.Equal("Client number", institution.FormFields![0].Label);
        Assert.Equal("^.{1,}$", institution.FormFields[0].Validation);
        Assert.Equal("password", institution.FormFields[1].Type);
        var feature = Assert.Single(institution.Features!);
        Assert.Equal("token_required", feature.Name);
    }

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_institutions()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, SpecPage(), c => c.Institutions.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(1, page.Count);
        AssertIsSpecInstitution(Assert.Single(page.Results));
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new InstitutionListOptions
        {
            Omit = ["form_fields"],
            CountryCode = "MX",
            CountryCodeIn = ["MX", "CO", "BR"],
            DisplayName = "Erebor Mexico",
            Name = "erebor_mx_retail",
            NameIn = ["erebor_mx_retail", "gotham_co_business"],
            ResourcesAll = ["ACCOUNTS", "OWNERS"],
            Status = InstitutionStatus.Healthy,
            StatusIn = [InstitutionStatus.Healthy, InstitutionStatus.Down],
            Type = InstitutionType.Bank,
            TypeIn = [InstitutionType.Bank, InstitutionType.Fiscal],
            Website = "https://www.erebor.com/",
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Institutions.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["omit"] = "form_fields",
            ["country_code"] = "MX",
            ["country_code__in"] = "MX,CO,BR",
            ["display_name"] = "Erebor Mexico",
            ["name"] = "erebor_mx_retail",
            ["name__in"] = "erebor_mx_retail,gotham_co_business",
            ["resources__allin"] = "ACCOUNTS,OWNERS",
            ["status"] = "healthy",
            ["status__in"] = "healthy,down",
            ["type"] = "bank",
            ["type__in"] = "bank,fiscal",
            ["website"] = "https://www.erebor.com/",
        });
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_institutions()
    {
        var (institutions, request) = await _belvo.CallAsync(
            "GET", Collection, 200, SpecPage(), c => c.Institutions.ListAsync(new InstitutionListOptions { CountryCode = "MX" }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["country_code"] = "MX" });
        AssertIsSpecInstitution(Assert.Single(institutions));
    }

    [Fact]
    public async Task GetAsync_gets_the_institution_by_its_integer_id_with_and_without_field_selection()
    {
        var institution = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            "/api/institutions/1003/", BelvoTestServer.Payload("institution"), (c, fields) => c.Institutions.GetAsync(1003, fields));

        AssertIsSpecInstitution(institution);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public Task An_institution_id_that_is_not_positive_is_refused_before_anything_is_sent(int id) =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentOutOfRangeException>("id", "positive integers", c => c.Institutions.GetAsync(id));
}
