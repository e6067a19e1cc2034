using System.Net;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Http;

/// <summary>
/// Every call can return what Belvo answered besides the data — status, request id, headers, and the raw body when
/// asked — through its <c>…WithResponseAsync</c> twin, and every page of a list carries the same.
/// </summary>
public sealed class ResponseMetadataTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Theory]
    [InlineData(201, true)]
    [InlineData(200, false)]
    public async Task A_retrieval_says_whether_Belvo_saved_the_data(int status, bool created)
    {
        _belvo.Respond("POST", "/api/accounts/", status, BelvoTestServer.Payload("accounts_retrieve"), new Dictionary<string, string> { ["X-Request-Id"] = "2b5bc8ab6f6c4e8c9d1b0a2d3c4e5f60" });

        var response = await _belvo.CreateClient().Accounts.RetrieveWithResponseAsync(new RetrieveRequest { Link = LinkId, SaveData = created });

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(created, response.IsCreated);
        Assert.Equal("2b5bc8ab6f6c4e8c9d1b0a2d3c4e5f60", response.RequestId);
        Assert.Equal("2b5bc8ab6f6c4e8c9d1b0a2d3c4e5f60", Assert.Single(response.Headers.GetValues("X-Request-Id")));
        Assert.Equal(Guid.Parse("c21f3914-bcbe-44c4-a2e8-a5e33f6888d4"), Assert.Single(response.Value).Id);
        Assert.Null(response.RawBody);
    }

    [Fact]
    public async Task The_raw_body_is_kept_only_when_asked_for_and_the_value_is_still_read()
    {
        var body = BelvoTestServer.Payload("link");
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 200, body);

        var response = await _belvo.CreateClient().Links.GetWithResponseAsync(LinkId, requestOptions: new BelvoRequestOptions { IncludeRawBody = true });

        Assert.Equal(body, response.RawBody);
        Assert.Equal(LinkId, response.Value.Id);
    }

    [Fact]
    public async Task An_asynchronous_retrieval_gives_the_request_id_of_its_202()
    {
        _belvo.Respond("POST", "/api/transactions/", 202, """{"request_id":"6b5a0b1e8c7d4f2a9e3b1c0d2e4f6a8b"}""");

        var response = await _belvo.CreateClient().Transactions.RetrieveInBackgroundWithResponseAsync(
            new TransactionsRetrieveRequest { Link = LinkId, DateFrom = new DateOnly(2024, 1, 1), DateTo = new DateOnly(2024, 1, 31) });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("6b5a0b1e8c7d4f2a9e3b1c0d2e4f6a8b", response.RequestId);
        Assert.Equal(response.RequestId, response.Value.RequestId);
        RequestAssert.Sent(
            Assert.Single(_belvo.Requests),
            "POST",
            "/api/transactions/",
            jsonBody: $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-01-31"}""",
            headers: new Dictionary<string, string> { ["X-Belvo-Request-Mode"] = "async" });
    }

    [Fact]
    public async Task A_delete_returns_the_status_Belvo_answered()
    {
        _belvo.Respond("DELETE", $"/api/links/{LinkId}/", 204);

        var response = await _belvo.CreateClient().Links.DeleteWithResponseAsync(LinkId);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        RequestAssert.Sent(Assert.Single(_belvo.Requests), "DELETE", $"/api/links/{LinkId}/");
    }

    [Fact]
    public async Task Every_page_of_a_list_carries_its_response_metadata()
    {
        var next = $"{_belvo.BaseAddress}api/links/?page=2&page_size=1000";
        _belvo.RespondInSequence(
            "GET",
            "/api/links/",
            (200, PageOf(2, next, BelvoTestServer.PayloadNode("link"))),
            (200, PageOf(2, null, BelvoTestServer.PayloadNode("link"))));

        var pages = new List<BelvoPage<Link>>();
        await foreach (var page in _belvo.CreateClient().Links.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(2, pages.Count);
        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Response!.StatusCode));
        Assert.Equal(next, pages[0].Next);
        Assert.Null(pages[1].Next);
    }
}
