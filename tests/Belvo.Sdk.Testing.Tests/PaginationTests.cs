using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class PaginationTests
{
    [Fact]
    public async Task Following_next_walks_every_page_and_keeps_the_filters()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;
        await api.RetrieveTransactions(link, "2024-01-01", "2024-05-14");
        using var raw = emulator.CreateClient();

        var seen = new List<string>();
        string? url = $"/api/transactions/?link={link}&type=OUTFLOW&page_size=25";
        int? count = null;
        var pages = 0;
        while (url is not null)
        {
            var page = await ApiResult.ReadAsync(await raw.GetAsync(new Uri(raw.BaseAddress!, url)));
            Assert.Equal(200, page.Code);
            var body = page.Object;
            count ??= (int)body["count"]!;
            Assert.Equal(count, (int)body["count"]!);
            var results = body["results"]!.AsArray();
            Assert.All(results, t => Assert.Equal("OUTFLOW", (string?)t!["type"]));
            seen.AddRange(results.Select(t => (string)t!["id"]!));
            pages++;
            if (pages == 1)
            {
                Assert.Null(body["previous"]);
            }

            url = (string?)body["next"];
            if (url is not null)
            {
                Assert.StartsWith(emulator.BaseAddress.GetLeftPart(UriPartial.Authority) + "/api/transactions/?", url, StringComparison.Ordinal);
                Assert.Contains($"link={link}", url, StringComparison.Ordinal);
                Assert.Contains("type=OUTFLOW", url, StringComparison.Ordinal);
                Assert.Contains("page_size=25", url, StringComparison.Ordinal);
                Assert.Contains($"page={pages + 1}", url, StringComparison.Ordinal);
                Assert.Equal(25, results.Count);
            }
        }

        Assert.True(pages > 2, $"only {pages} pages");
        Assert.Equal(count, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Previous_of_page_two_drops_the_page_parameter_and_bad_pages_are_404()
    {
        await using var emulator = await Emulators.Start(configure: o => o.DefaultPageSize = 2);
        using var api = new ApiClient(emulator);
        for (var i = 0; i < 5; i++)
        {
            await api.RegisterLink(username: $"user{i}");
        }

        var first = (await api.Get("/api/links/?status=valid")).Object;
        var second = (await api.Get("/api/links/?status=valid&page=2")).Object;
        var last = (await api.Get("/api/links/?status=valid&page=last")).Object;

        Assert.Equal(5, (int)first["count"]!);
        Assert.Equal(2, first["results"]!.AsArray().Count);
        Assert.Equal(new Uri(emulator.BaseAddress, "/api/links/?status=valid").ToString(), (string?)second["previous"]);
        Assert.Equal(new Uri(emulator.BaseAddress, "/api/links/?status=valid&page=3").ToString(), (string?)second["next"]);
        Assert.Single(last["results"]!.AsArray());
        Assert.Null(last["next"]);
        (await api.Get("/api/links/?page=4")).AssertError(404, "not_found");
        (await api.Get("/api/links/?page=0")).AssertError(404, "not_found");
        (await api.Get("/api/links/?page=two")).AssertError(404, "not_found");
        Assert.Equal(5, (await api.Get("/api/links/?page_size=5000")).Object["results"]!.AsArray().Count);
        Assert.Equal(2, (await api.Get("/api/links/?page_size=nope")).Object["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Empty_lists_have_one_empty_page()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var page = (await api.Get("/api/accounts/")).Object;

        Assert.Equal("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}", page.ToJsonString());
    }

    [Fact]
    public void Page_size_is_capped_at_1000()
    {
        var items = Enumerable.Range(0, 1500).Select(i => new JsonObject { ["id"] = i }).ToList();
        var request = new ApiRequest("GET", "/api/accounts/", ApiRequest.ParseQuery("page_size=5000"), string.Empty, _ => null);

        var page = Paginator.Page(items, request, new Uri("http://127.0.0.1:5000/"), 100, new ApiErrors(new Data.IdFactory(1))).Json!.AsObject();

        Assert.Equal(1000, page["results"]!.AsArray().Count);
        Assert.Equal("http://127.0.0.1:5000/api/accounts/?page_size=5000&page=2", (string?)page["next"]);
    }
}
