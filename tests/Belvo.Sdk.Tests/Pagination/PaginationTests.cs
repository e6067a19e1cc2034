using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Belvo.Sdk.Tests.Pagination;

public sealed class PaginationTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static JsonObject LinkWithId(int n)
    {
        var link = BelvoTestServer.PayloadNode("link").AsObject();
        link["id"] = new Guid(n, 0, 0, new byte[8]).ToString();
        return link;
    }

    /// <summary>Serves page 1..pages of links, each with next pointing at the following page on this server.</summary>
    private void ServeLinkPages(int pages, int perPage, string? nextHost = null)
    {
        for (var page = 1; page <= pages; page++)
        {
            var results = new JsonArray(Enumerable.Range(((page - 1) * perPage) + 1, perPage).Select(n => (JsonNode)LinkWithId(n)).ToArray());
            var next = page < pages ? $"{nextHost ?? _belvo.BaseAddress.ToString().TrimEnd('/')}/api/links/?page={page + 1}&page_size={perPage}&status=valid" : null;
            var body = new JsonObject { ["count"] = pages * perPage, ["next"] = next, ["previous"] = null, ["results"] = results };
            var request = Request.Create().WithPath("/api/links/").UsingGet();
            request = page == 1 ? request.WithParam("page_size", "1000") : request.WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _belvo.Server.Given(request).RespondWith(Response.Create().WithStatusCode(200).WithBody(body.ToJsonString()).WithHeader("Content-Type", "application/json"));
        }
    }

    [Fact]
    public async Task ListAsync_follows_next_across_every_page_with_the_largest_page_size()
    {
        ServeLinkPages(pages: 3, perPage: 2);
        var client = _belvo.CreateClient();

        var links = await client.Links.ListAsync(new LinkListOptions { Status = LinkStatus.Valid }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 6).Select(n => new Guid(n, 0, 0, new byte[8])), links.Select(l => l.Id));
        var requests = _belvo.Requests;
        Assert.Equal(3, requests.Count);
        RequestAssert.Sent(requests[0], "GET", "/api/links/", new Dictionary<string, string> { ["page_size"] = "1000", ["status"] = "valid" });
        RequestAssert.Sent(requests[1], "GET", "/api/links/", new Dictionary<string, string> { ["page"] = "2", ["page_size"] = "2", ["status"] = "valid" });
        RequestAssert.Sent(requests[2], "GET", "/api/links/", new Dictionary<string, string> { ["page"] = "3", ["page_size"] = "2", ["status"] = "valid" });
    }

    [Fact]
    public async Task Pages_are_requested_lazily_one_at_a_time()
    {
        ServeLinkPages(pages: 3, perPage: 2);
        var client = _belvo.CreateClient();

        await using var enumerator = client.Links.ListAsync().GetAsyncEnumerator();
        Assert.Empty(_belvo.Requests);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Single(_belvo.Requests);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task MaxItems_caps_the_items_and_stops_requesting_pages()
    {
        ServeLinkPages(pages: 3, perPage: 2);
        var client = _belvo.CreateClient();

        var links = await client.Links.ListAsync(new LinkListOptions { MaxItems = 3 }).ToListAsync();

        Assert.Equal(3, links.Count);
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task Without_a_cap_nothing_is_silently_dropped()
    {
        ServeLinkPages(pages: 2, perPage: 150);
        var client = _belvo.CreateClient();

        Assert.Equal(300, await client.Links.ListAsync().CountAsync());
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_refused_before_any_credentials_are_sent()
    {
        ServeLinkPages(pages: 2, perPage: 1, nextHost: "https://evil.example.com");
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<BelvoException>(async () => await client.Links.ListAsync().ToListAsync());

        Assert.Contains("https://evil.example.com/api/links/", ex.Message, StringComparison.Ordinal);
        Assert.Contains("secret keys", ex.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Page_level_access_gives_count_next_and_items_and_follows_a_given_link()
    {
        ServeLinkPages(pages: 2, perPage: 2);
        var client = _belvo.CreateClient();

        var first = await client.Links.ListAsync().GetPageAsync();
        var second = await client.Links.ListAsync().GetPageAsync(first.Next!);

        Assert.Equal(4, first.Count);
        Assert.Equal(2, first.Results.Count);
        Assert.EndsWith("/api/links/?page=2&page_size=2&status=valid", first.Next, StringComparison.Ordinal);
        Assert.Null(second.Next);
        Assert.Equal(new Guid(4, 0, 0, new byte[8]), second.Results[^1].Id);
    }

    [Fact]
    public async Task Page_number_size_and_field_selection_are_sent_as_given()
    {
        _belvo.Respond("GET", "/api/links/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var client = _belvo.CreateClient();

        await client.Links.ListAsync(new LinkListOptions { Page = 3, PageSize = 50, Fields = ["id", "status"], Omit = ["created_by"] }).GetPageAsync();

        RequestAssert.Sent(_belvo.Requests.Single(), "GET", "/api/links/", new Dictionary<string, string>
        {
            ["page"] = "3",
            ["page_size"] = "50",
            ["fields"] = "id,status",
            ["omit"] = "created_by",
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task A_page_size_Belvo_rejects_is_refused_with_a_clear_message(int pageSize)
    {
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Links.ListAsync(new LinkListOptions { PageSize = pageSize }).GetPageAsync());

        Assert.Contains("1 to 1000", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task Cancelling_the_enumeration_stops_it()
    {
        ServeLinkPages(pages: 3, perPage: 2);
        var client = _belvo.CreateClient();
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var link in client.Links.ListAsync().WithCancellation(cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(_belvo.Requests);
    }
}
