using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Employment metrics (IMSS, Mexico): ListEmploymentMetrics, RetrieveEmploymentMetricDetails (which answers one object,
/// not a list), DetailEmploymentMetric, DestroyEmploymentMetric.
/// </summary>
public sealed class EmploymentMetricsTests : IDisposable
{
    private const string Collection = "/api/employment-metrics/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>EmploymentMetric</c> schema's property examples (Payloads/current/employment_metric.json), read into their types.</summary>
    private static void AssertIsSpecMetric(EmploymentMetric metric)
    {
        Assert.Equal(SpecItemId, metric.Id);
        Assert.Equal(SpecLinkId, metric.Link);
        Assert.Equal(SpecTimestamp, metric.CollectedAt);
        Assert.Equal(SpecTimestamp, metric.CreatedAt);
        Assert.Equal(DateTimeOffset.Parse("2023-08-30T15:31:35.728607Z", CultureInfo.InvariantCulture), metric.UpdatedAt);
        Assert.Equal(new DateOnly(2023, 6, 1), metric.ReferenceDate);
        Assert.Equal(32, metric.Age);
        Assert.Equal(EmploymentStatus.Employed, metric.CurrentStatus);
        Assert.Equal(1, metric.CurrentEmployerCount);
        Assert.Equal(42.17m, metric.BaseSalaryLast);
        Assert.Equal(327.1429m, metric.WeeksEmployedLastJob);
        Assert.Equal(0m, metric.WeeksSinceLastJob);
        Assert.Equal(148.2m, metric.WeeksEmployedTotal);
        Assert.Equal(14, metric.EmployerCount);
        Assert.Equal(3, metric.UniqueEmployerCount);
        Assert.Equal(0.6326m, metric.EmployersPerYear);
        Assert.Equal(687.2865m, metric.WeeksBetweenJobs);
        Assert.Equal(249.8571m, metric.MaxWeeksBetweenJobs);
        Assert.Equal(0, metric.Increases1Y);
        Assert.Null(metric.Increases3Y);
        Assert.Null(metric.Decreases5Y);
        Assert.Equal(0m, metric.YearlyChange1Y);
        Assert.Null(metric.YearlyChange3Y);
        Assert.Equal(3402.88m, metric.MinMonthlySalary1Y);
        Assert.Equal(3402.88m, metric.AverageMonthlySalary3Y);
        Assert.Equal(3402.88m, metric.MaxMonthlySalary5Y);
        Assert.Null(metric.AdditionalProperties);
    }

    [Fact]
    [Covers("ListEmploymentMetrics")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_metrics()
    {
        AssertIsSpecMetric(await _belvo.AssertListsFirstPageAsync(Collection, "employment_metric", c => c.EmploymentMetrics.ListAsync()));
    }

    [Fact]
    [Covers("ListEmploymentMetrics")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new EmploymentMetricListOptions { Link = LinkId, LinkIn = [LinkId, OtherId] };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.EmploymentMetrics.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{OtherId}",
        });
    }

    [Fact]
    [Covers("DetailEmploymentMetric")]
    public async Task GetAsync_gets_the_metric_by_id_with_and_without_field_selection()
    {
        var metric = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("employment_metric"), (c, fields) => c.EmploymentMetrics.GetAsync(SpecItemId, fields));

        AssertIsSpecMetric(metric);
    }

    [Theory]
    [InlineData(201, null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, "2023-03-01", true, $$"""{"link":"{{LinkIdText}}","reference_date":"2023-03-01","save_data":true}""")]
    [InlineData(200, "2023-03-01", false, $$"""{"link":"{{LinkIdText}}","reference_date":"2023-03-01","save_data":false}""")]
    [Covers("RetrieveEmploymentMetricDetails")]
    public async Task RetrieveAsync_posts_the_link_and_reference_date_and_reads_the_one_metric_Belvo_answers(
        int status, string? referenceDate, bool? saveData, string expectedBody)
    {
        var retrieve = new EmploymentMetricsRetrieveRequest
        {
            Link = LinkId,
            ReferenceDate = referenceDate is null ? null : DateOnly.Parse(referenceDate, CultureInfo.InvariantCulture),
            SaveData = saveData,
        };

        var (metric, request) = await _belvo.CallAsync("POST", Collection, status, Payload("employment_metric"), c => c.EmploymentMetrics.RetrieveAsync(retrieve));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecMetric(metric);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"null\"")]
    public async Task A_current_status_of_null_or_the_string_null_is_read(string status)
    {
        var body = Payload("employment_metric").Replace("\"current_status\": \"EMPLOYED\"", $"\"current_status\": {status}", StringComparison.Ordinal);
        Assert.DoesNotContain("EMPLOYED", body, StringComparison.Ordinal);

        var (metric, _) = await _belvo.CallAsync("GET", $"{Collection}{SpecItemId}/", 200, body, c => c.EmploymentMetrics.GetAsync(SpecItemId));

        Assert.NotEqual(EmploymentStatus.Employed, metric.CurrentStatus);
        Assert.NotEqual(EmploymentStatus.Unemployed, metric.CurrentStatus);
        Assert.NotEqual(EmploymentStatus.Retired, metric.CurrentStatus);
    }

    [Fact]
    [Covers("DestroyEmploymentMetric")]
    public Task DeleteAsync_sends_DELETE_to_the_metric_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.EmploymentMetrics.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.EmploymentMetrics.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.EmploymentMetrics.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.EmploymentMetrics.RetrieveAsync(new EmploymentMetricsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(EmploymentMetricsRetrieveRequest), c => c.EmploymentMetrics.RetrieveAsync(null!));
    }
}
