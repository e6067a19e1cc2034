using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Current employments (Mexico): ListCurrentEmployments, RetrieveCurrentEmployments, getCurrentEmploymentDetails,
/// deleteCurrentEmployment (<c>/api/mx/current-employments/</c>).
/// </summary>
public sealed class CurrentEmploymentsTests : IDisposable
{
    private const string Collection = "/api/mx/current-employments/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>CurrentEmployment</c> schema's property examples (Payloads/current/current_employment.json), read into their types.</summary>
    private static void AssertIsSpecCurrentEmployment(CurrentEmployment employment)
    {
        Assert.Equal(SpecItemId, employment.Id);
        Assert.Equal(SpecLinkId, employment.Link);
        Assert.Equal(SpecTimestamp, employment.CreatedAt);
        Assert.Equal(SpecTimestamp, employment.CollectedAt);
        Assert.Equal("2023-01", employment.Month);
        Assert.Equal("BLPM230130IONVGR54", employment.InternalIdentification);
        Assert.Equal("Bruce Banner del Torro", employment.PersonalData.OfficialName);
        Assert.Equal("Bruce", employment.PersonalData.FirstName);
        Assert.Equal("Banner del Torro", employment.PersonalData.LastName);
        Assert.Equal(new DateOnly(1990, 2, 9), employment.PersonalData.BirthDate);
        var document = Assert.Single(employment.PersonalData.DocumentIds);
        Assert.Equal(EmploymentRecordDocumentType.Nss, document.DocumentType);
        Assert.Equal("10277663582", document.DocumentNumber);
        Assert.Equal(CurrentEmploymentStatus.Employed, employment.Status);

        var record = Assert.Single(employment.CurrentEmploymentRecords!);
        Assert.Equal("Batman Enterprises CDMX", record.Employer);
        Assert.Equal("123456789010", record.EmployerId);
        Assert.Equal("RFC123456", record.EmployerRfc);
        Assert.Equal("CDMX", record.State);
        Assert.Equal(365, record.DaysEmployed);
        Assert.Equal(10000m, record.BaseSalary);
        Assert.Equal(304166.67m, record.MonthlySalary);
        Assert.Null(employment.AdditionalProperties);
    }

    [Fact]
    [Covers("ListCurrentEmployments")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_employments()
    {
        AssertIsSpecCurrentEmployment(await _belvo.AssertListsFirstPageAsync(Collection, "current_employment", c => c.CurrentEmployments.ListAsync()));
    }

    [Fact]
    [Covers("ListCurrentEmployments")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new CurrentEmploymentListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CollectedAt = EveryTimestampLookup(),
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.CurrentEmployments.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            TimestampQuery("collected_at"),
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("getCurrentEmploymentDetails")]
    public async Task GetAsync_gets_the_employment_by_id_with_and_without_field_selection()
    {
        var employment = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("current_employment"), (c, fields) => c.CurrentEmployments.GetAsync(SpecItemId, fields));

        AssertIsSpecCurrentEmployment(employment);
    }

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    [Covers("RetrieveCurrentEmployments")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_and_reads_the_employments(int status, bool? saveData, string expectedBody)
    {
        var (employments, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("current_employment")}]",
            c => c.CurrentEmployments.RetrieveAsync(new CurrentEmploymentsRetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecCurrentEmployment(Assert.Single(employments));
    }

    [Fact]
    [Covers("getCurrentEmploymentDetails")]
    public async Task An_unemployed_status_is_read()
    {
        var body = Payload("current_employment").Replace("\"EMPLOYED\"", "\"UNEMPLOYED\"", StringComparison.Ordinal);

        var (employment, _) = await _belvo.CallAsync("GET", $"{Collection}{SpecItemId}/", 200, body, c => c.CurrentEmployments.GetAsync(SpecItemId));

        Assert.Equal(CurrentEmploymentStatus.Unemployed, employment.Status);
    }

    [Fact]
    [Covers("deleteCurrentEmployment")]
    public Task DeleteAsync_sends_DELETE_to_the_employment_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.CurrentEmployments.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.CurrentEmployments.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.CurrentEmployments.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.CurrentEmployments.RetrieveAsync(new CurrentEmploymentsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(CurrentEmploymentsRetrieveRequest), c => c.CurrentEmployments.RetrieveAsync(null!));
    }
}
