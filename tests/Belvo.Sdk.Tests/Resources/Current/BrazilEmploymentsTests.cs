using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Employments (Brazil, INSS): ListEmploymentsBrazil, RetrieveEmploymentsBrazil (and its asynchronous form),
/// DetailEmploymentBrazil, DestroyEmploymentBrazil.
/// </summary>
public sealed class BrazilEmploymentsTests : IDisposable
{
    private const string Collection = "/api/br/employments/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>EmploymentBrazil</c> schema's property examples (Payloads/current/brazil_employment.json), read into their types.</summary>
    private static void AssertIsSpecEmployment(BrazilEmployment employment)
    {
        Assert.Equal(SpecItemId, employment.Id);
        Assert.Equal(SpecLinkId, employment.Link);
        Assert.Equal(SpecTimestamp, employment.CreatedAt);
        Assert.Equal(SpecTimestamp, employment.CollectedAt);
        Assert.Equal(new DateOnly(2022, 1, 1), employment.StartDate);
        Assert.Equal(new DateOnly(2023, 1, 1), employment.EndDate);
        Assert.Equal("Wayne Industries", employment.EmployerData.Name);
        Assert.Equal("49430669", employment.EmployerData.Code);
        Assert.Equal("6421-2 - BANCOS COMERCIAIS", employment.EmployerData.EconomicActivity);

        var occupation = Assert.Single(employment.Occupations);
        Assert.Equal(new DateOnly(2022, 1, 1), occupation.StartDate);
        Assert.Equal(new DateOnly(2023, 1, 1), occupation.EndDate);
        Assert.Equal("ANALISTA DE PRODUTOS BANCARIOS", occupation.Description);
        Assert.Equal("ANALISTA DE PRODUTOS BANCARIOS - 2525-40", occupation.Name);
        Assert.Equal("Urbana", occupation.Locale);

        var salary = Assert.Single(employment.Salaries);
        Assert.Equal(1033.09m, salary.BaseAmount);
        Assert.Equal(0.01m, salary.RetainedAmount);
        Assert.Equal(EmploymentSalaryType.Voluntary, salary.Type);
        Assert.Equal("2022-01", salary.Month);
        Assert.Equal("BRL", salary.Currency);
        Assert.Null(employment.AdditionalProperties);
    }

    private static BrazilEmploymentsRetrieveRequest FullRequest() => new()
    {
        Link = LinkId,
        DateFrom = new DateOnly(2020, 8, 5),
        DateTo = new DateOnly(2020, 10, 5),
        SaveData = true,
    };

    private const string FullBody = $$"""{"link":"{{LinkIdText}}","date_from":"2020-08-05","date_to":"2020-10-05","save_data":true}""";

    [Fact]
    [Covers("ListEmploymentsBrazil")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_employments()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/brazil_employment")),
            c => c.BrazilEmployments.ListAsync(new BrazilEmploymentListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecEmployment(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListEmploymentsBrazil")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new BrazilEmploymentListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            StartDate = EveryDateLookup(),
            EndDate = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.BrazilEmployments.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            DateQuery("created_at"),
            DateQuery("start_date"),
            DateQuery("end_date")));
    }

    [Fact]
    [Covers("ListEmploymentsBrazil")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("options", "BrazilEmploymentListOptions.Link", c => c.BrazilEmployments.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailEmploymentBrazil")]
    public async Task GetAsync_gets_the_employment_by_id_with_and_without_field_selection()
    {
        var employment = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("brazil_employment"), (c, fields) => c.BrazilEmployments.GetAsync(SpecItemId, fields));

        AssertIsSpecEmployment(employment);
    }

    [Theory]
    [InlineData(201, $$"""{"link":"{{LinkIdText}}","date_from":"2020-08-05","date_to":"2020-10-05","save_data":true}""")]
    [InlineData(200, $$"""{"link":"{{LinkIdText}}","date_from":"2020-08-05","date_to":"2020-10-05","save_data":true}""")]
    [Covers("RetrieveEmploymentsBrazil")]
    public async Task RetrieveAsync_posts_the_link_and_period_without_the_async_header_and_reads_the_employments(int status, string expectedBody)
    {
        var (employments, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("brazil_employment")}]", c => c.BrazilEmployments.RetrieveAsync(FullRequest()));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecEmployment(Assert.Single(employments));
    }

    [Fact]
    [Covers("RetrieveEmploymentsBrazil")]
    public async Task RetrieveAsync_leaves_out_what_is_not_set()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, $"[{Payload("brazil_employment")}]", c => c.BrazilEmployments.RetrieveAsync(new BrazilEmploymentsRetrieveRequest { Link = LinkId }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""{"link":"{{LinkIdText}}"}""");
    }

    [Fact]
    [Covers("RetrieveEmploymentsBrazil")]
    [Covers("IBrazilEmploymentsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            FullBody,
            c => c.BrazilEmployments.RetrieveInBackgroundAsync(FullRequest()),
            c => c.BrazilEmployments.RetrieveInBackgroundWithResponseAsync(FullRequest()));

    [Fact]
    [Covers("RetrieveEmploymentsBrazil")]
    public Task RetrieveAsync_refuses_a_reversed_period_before_sending() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) =>
            c.BrazilEmployments.RetrieveAsync(new BrazilEmploymentsRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = to }));

    [Fact]
    [Covers("RetrieveEmploymentsBrazil")]
    [Covers("IBrazilEmploymentsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_refuses_a_reversed_period_before_sending() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) =>
            c.BrazilEmployments.RetrieveInBackgroundAsync(new BrazilEmploymentsRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = to }));

    [Fact]
    [Covers("DestroyEmploymentBrazil")]
    public Task DeleteAsync_sends_DELETE_to_the_employment_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.BrazilEmployments.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_null_requests_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilEmployments.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.BrazilEmployments.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.BrazilEmployments.RetrieveInBackgroundAsync(new BrazilEmploymentsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(BrazilEmploymentsRetrieveRequest), c => c.BrazilEmployments.RetrieveAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(BrazilEmploymentsRetrieveRequest), c => c.BrazilEmployments.RetrieveInBackgroundAsync(null!));
    }
}
