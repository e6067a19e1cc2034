using System.Net;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// <c>POST /api/links/{id}/refresh/</c> (RefreshHistoricalDataForLink): 202 with the request id the
/// <c>historical_update</c> webhooks carry, and 409 <c>link_refreshed</c> within the 10-minute cooldown, which is
/// never retried. Also the 403 and 408 errors the description now lists on the new operations.
/// </summary>
public sealed class LinkRefreshTests : IDisposable
{
    private const string RefreshPath = "/api/links/" + LinkIdText + "/refresh/";

    // The examples of LinkAlreadyRefreshedError, AccessToResourceDenied and RequestTimeoutError, with the request_id schema's example.
    private const string SpecRequestId = "9e7b283c6efa449c9c028a16b5c249fb";
    private const string Cooldown = $$"""[{"code":"link_refreshed","message":"The link has already been refreshed. Please wait 7 minutes before trying again.","request_id":"{{SpecRequestId}}"}]""";
    private const string Denied = $$"""[{"code":"access_to_resource_denied","message":"You don't have access to this resource.","request_id":"{{SpecRequestId}}"}]""";
    private const string TimedOut = $$"""[{"code":"request_timeout","message":"The request timed out, you can retry asking for less data by changing your query parameters","request_id":"{{SpecRequestId}}"}]""";

    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    public static TheoryData<LinkRefreshRequest?, string> RefreshBodies => new()
    {
        // No body given: Belvo's request body is optional; the SDK sends an empty object (every resource).
        { null, "{}" },
        { new LinkRefreshRequest(), "{}" },
        { new LinkRefreshRequest { FetchResources = ["ACCOUNTS", "TRANSACTIONS", "OWNERS"] }, """{"fetch_resources":["ACCOUNTS","TRANSACTIONS","OWNERS"]}""" },
    };

    [Theory]
    [MemberData(nameof(RefreshBodies))]
    [Covers("RefreshHistoricalDataForLink")]
    public async Task RefreshAsync_posts_the_resources_to_the_refresh_path_and_reads_the_202_request_id(LinkRefreshRequest? request, string expectedBody)
    {
        _belvo.Respond("POST", RefreshPath, 202, Accepted);
        var client = _belvo.CreateClient();

        var accepted = await client.Links.RefreshAsync(LinkId, request);
        var response = await client.Links.RefreshWithResponseAsync(LinkId, request);

        Assert.Equal(RequestId, accepted.RequestId);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(RequestId, response.Value.RequestId);
        Assert.Equal(2, _belvo.Requests.Count);
        Assert.All(_belvo.Requests, sent =>
        {
            RequestAssert.Sent(sent, "POST", RefreshPath, jsonBody: expectedBody);
            AssertNotAsync(sent);
        });
    }

    [Fact]
    [Covers("RefreshHistoricalDataForLink")]
    public async Task A_refresh_within_the_cooldown_throws_LinkRefreshCooldownException_once_and_is_not_retried()
    {
        _belvo.Respond("POST", RefreshPath, 409, Cooldown);
        var clock = new RecordingTimeProvider();
        var client = _belvo.CreateClient(o => o.Retry.MaxRetries = 5, clock);

        // A retry would wait on the fake clock and never finish; the 10 s bound only fails the test, it never passes it.
        var ex = await Assert.ThrowsAsync<LinkRefreshCooldownException>(
            () => client.Links.RefreshAsync(LinkId, new LinkRefreshRequest { FetchResources = ["ACCOUNTS"] }).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.Equal("link_refreshed", ex.ErrorCode);
        Assert.Equal(SpecRequestId, ex.RequestId);
        Assert.False(ex.IsRetryable);
        Assert.Contains("Please wait 7 minutes", ex.Message, StringComparison.Ordinal);
        RequestAssert.Sent(Assert.Single(_belvo.Requests), "POST", RefreshPath, jsonBody: """{"fetch_resources":["ACCOUNTS"]}""");
    }

    [Fact]
    [Covers("RefreshHistoricalDataForLink")]
    public async Task A_blank_resource_or_an_empty_link_is_refused_before_sending_with_the_rule()
    {
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "LinkRefreshRequest.FetchResources (fetch_resources) holds a blank resource",
            c => c.Links.RefreshAsync(LinkId, new LinkRefreshRequest { FetchResources = ["ACCOUNTS", " "] }));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.RefreshAsync(Guid.Empty, new LinkRefreshRequest()));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.DeleteInBackgroundAsync(Guid.Empty));
    }

    [Fact]
    [Covers("ILinksClient.DeleteInBackgroundAsync")]
    public async Task DeleteInBackgroundAsync_sends_DELETE_with_the_async_header_and_reads_the_uuid_request_id()
    {
        // The link DELETE's 202 declares request_id as a uuid, unlike the 32 hex characters elsewhere: it stays a string.
        const string UuidRequestId = "5f0a6b2e-8a3c-4c1e-9d4f-2b7e6a1c3d90";
        var itemPath = "/api/links/" + LinkIdText + "/";
        _belvo.Respond("DELETE", itemPath, 202, $$"""{"request_id":"{{UuidRequestId}}"}""");
        var client = _belvo.CreateClient();

        var accepted = await client.Links.DeleteInBackgroundAsync(LinkId);
        var response = await client.Links.DeleteInBackgroundWithResponseAsync(LinkId);

        Assert.Equal(UuidRequestId, accepted.RequestId);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(UuidRequestId, response.Value.RequestId);
        Assert.Equal(2, _belvo.Requests.Count);
        Assert.All(_belvo.Requests, sent => RequestAssert.Sent(sent, "DELETE", itemPath, headers: new Dictionary<string, string> { [AsyncHeader] = "async" }));
    }

    public static TheoryData<string, string, Func<BelvoClient, Task>> NewOperationsDenied => new()
    {
        { "GET", "/api/consents/", c => c.Consents.ListAsync(new ConsentListOptions { UserDocument = "76109277673" }).GetPageAsync() },
        { "POST", RefreshPath, c => c.Links.RefreshAsync(LinkId, new LinkRefreshRequest()) },
        { "GET", $"/api/br/exchanges/{SpecItemId}/history/", c => c.Exchanges.ListHistoryAsync(SpecItemId).GetPageAsync() },
        { "POST", "/api/cl/tax-status/", c => c.ChileTaxStatus.RetrieveAsync(new ChileTaxStatusRetrieveRequest { Link = LinkId }) },
        { "DELETE", $"/api/employment-metrics/{SpecItemId}/", c => c.EmploymentMetrics.DeleteAsync(SpecItemId) },
    };

    [Theory]
    [MemberData(nameof(NewOperationsDenied))]
    [Covers("ListConsents")]
    [Covers("ListExchangeHistory")]
    [Covers("RetrieveTaxStatusChile")]
    [Covers("DestroyEmploymentMetric")]
    public async Task A_403_access_to_resource_denied_throws_AccessDeniedException(string method, string path, Func<BelvoClient, Task> call)
    {
        _belvo.Respond(method, path, 403, Denied);

        var ex = await Assert.ThrowsAsync<AccessDeniedException>(() => call(_belvo.CreateClient()));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("access_to_resource_denied", ex.ErrorCode);
        Assert.Equal(SpecRequestId, ex.RequestId);
        Assert.False(ex.IsRetryable);
        Assert.Equal(method, Assert.Single(_belvo.Requests).RequestMessage.Method);
    }

    public static TheoryData<string, string, Func<BelvoClient, Task>> NewOperationsTimingOut => new()
    {
        { "GET", "/api/bills/", c => c.Bills.ListAsync(new BillListOptions { Link = LinkId }).GetPageAsync() },
        { "POST", "/api/br/balances/", c => c.BrazilBalances.RetrieveAsync(new BrazilBalancesRetrieveRequest { Link = LinkId }) },
        { "GET", $"/api/cl/debt-reports/{SpecItemId}/", c => c.ChileDebtReports.GetAsync(SpecItemId) },
        { "DELETE", $"/api/mx/current-employments/{SpecItemId}/", c => c.CurrentEmployments.DeleteAsync(SpecItemId) },
    };

    [Theory]
    [MemberData(nameof(NewOperationsTimingOut))]
    [Covers("ListBills")]
    [Covers("RetrieveBalances")]
    [Covers("DetailDebtReportChile")]
    [Covers("deleteCurrentEmployment")]
    public async Task A_408_request_timeout_throws_RequestTimeoutException_without_retrying(string method, string path, Func<BelvoClient, Task> call)
    {
        _belvo.Respond(method, path, 408, TimedOut);

        var ex = await Assert.ThrowsAsync<RequestTimeoutException>(
            () => call(_belvo.CreateClient(o => o.Retry.MaxRetries = 5, new RecordingTimeProvider())).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(HttpStatusCode.RequestTimeout, ex.StatusCode);
        Assert.Equal("request_timeout", ex.ErrorCode);
        Assert.Equal(SpecRequestId, ex.RequestId);
        Assert.Single(_belvo.Requests);
    }
}
