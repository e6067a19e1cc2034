using System.Net;
using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Http;

/// <summary>
/// <see cref="IBelvoClient.SendAsync(HttpMethod, string, JsonNode?, BelvoRequestOptions?, CancellationToken)"/> reaches
/// an endpoint the SDK does not model with the same authentication, retries, errors and response metadata as every
/// typed call, and never sends the keys to another host.
/// </summary>
public sealed class RawCallTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task A_raw_POST_sends_the_JSON_body_with_the_keys_and_returns_the_answer_as_JSON()
    {
        _belvo.Respond("POST", $"/api/links/{LinkId}/refresh/", 202, """{"request_id":"8d9f4c0a2b1e4d3c8a7b6c5d4e3f2a1b"}""");
        var body = new JsonObject { ["fetch_resources"] = new JsonArray("ACCOUNTS", "TRANSACTIONS") };

        var response = await _belvo.CreateClient().SendAsync(HttpMethod.Post, $"/api/links/{LinkId}/refresh/", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("8d9f4c0a2b1e4d3c8a7b6c5d4e3f2a1b", response.Value.GetProperty("request_id").GetString());
        RequestAssert.Sent(Assert.Single(_belvo.Requests), "POST", $"/api/links/{LinkId}/refresh/", jsonBody: """{"fetch_resources":["ACCOUNTS","TRANSACTIONS"]}""");
    }

    [Fact]
    public async Task A_raw_GET_keeps_its_query_and_reads_a_typed_answer_with_the_callers_metadata()
    {
        _belvo.Respond("GET", "/api/links/", 200, PageOf(1, null, BelvoTestServer.PayloadNode("link")));

        var response = await _belvo.CreateClient().SendAsync(HttpMethod.Get, "/api/links/?page_size=5&status=valid", BelvoJson.Read<BelvoPage<Link>>());

        Assert.Equal(LinkId, Assert.Single(response.Value.Results).Id);
        RequestAssert.Sent(Assert.Single(_belvo.Requests), "GET", "/api/links/", new Dictionary<string, string> { ["page_size"] = "5", ["status"] = "valid" });
    }

    [Fact]
    public async Task A_raw_call_that_fails_throws_the_same_typed_exception_as_a_typed_call()
    {
        _belvo.Respond("GET", "/api/unknown/", 404, """[{"code":"not_found","message":"Not found.","request_id":"r-404"}]""");

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => _belvo.CreateClient().SendAsync(HttpMethod.Get, "/api/unknown/"));

        Assert.Equal("r-404", ex.RequestId);
        Assert.Equal("GET", ex.Method);
        Assert.Equal("/api/unknown/", ex.RequestPath);
    }

    [Fact]
    public async Task A_raw_call_is_retried_like_any_other()
    {
        _belvo.RespondInSequence("GET", "/api/links/", (503, "[]"), (200, PageOf(0, null)));
        var client = _belvo.CreateClient(
            o =>
            {
                o.Retry.MaxRetries = 2;
                o.Timeout = Timeout.InfiniteTimeSpan;
            },
            _time);

        var call = client.SendAsync(HttpMethod.Get, "/api/links/");
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        var response = await call;

        Assert.Equal(0, response.Value.GetProperty("count").GetInt32());
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Fact]
    public async Task A_204_reads_as_an_undefined_element()
    {
        _belvo.Respond("DELETE", $"/api/links/{LinkId}/", 204);

        var response = await _belvo.CreateClient().SendAsync(HttpMethod.Delete, $"/api/links/{LinkId}/");

        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, response.Value.ValueKind);
    }

    [Fact]
    public async Task A_path_on_another_host_is_refused_before_anything_is_sent()
    {
        var ex = await Assert.ThrowsAsync<BelvoException>(() => _belvo.CreateClient().SendAsync(HttpMethod.Get, "https://evil.example/api/links/"));

        Assert.Contains("outside the configured base address", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }
}
