using System.Net;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// What the tests of the operations new in Belvo's current description (1.223.0) share: their payloads
/// (Payloads/current, see its README), the spec's 202 answer, and filter values with every lookup set.
/// </summary>
internal static class CurrentKit
{
    /// <summary>
    /// Lists a resource's first page without options against a page holding the spec's example item, asserts Belvo
    /// receives <c>GET {collection}?page_size=1000</c> and nothing more, and returns the one item read.
    /// </summary>
    /// <typeparam name="T">The resource's item type.</typeparam>
    /// <param name="belvo">The test server.</param>
    /// <param name="collection">The resource's collection path, with its trailing slash.</param>
    /// <param name="payload">The example item's file under Payloads/current, without <c>.json</c>.</param>
    /// <param name="list">The SDK's <c>ListAsync()</c> for the resource.</param>
    /// <returns>The item of the page.</returns>
    public static async Task<T> AssertListsFirstPageAsync<T>(
        this BelvoTestServer belvo, string collection, string payload, Func<BelvoClient, BelvoPageable<T>> list)
    {
        var (page, request) = await belvo.CallAsync(
            "GET", collection, 200, ResourceTestKit.PageOf(1, null, BelvoTestServer.PayloadNode("current/" + payload)), c => list(c).GetPageAsync());

        RequestAssert.Sent(request, "GET", collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        return Assert.Single(page.Results);
    }

    /// <summary>The header that asks Belvo to answer at once and work in the background.</summary>
    public const string AsyncHeader = "X-Belvo-Request-Mode";

    /// <summary>The <c>request_id</c> of the spec's 202 examples (32 hex characters).</summary>
    public const string RequestId = "b5d0106ac9cc43d5b36199fe831f6bbe";

    /// <summary>The id of every item the spec's <c>id</c> schema example gives.</summary>
    public static readonly Guid SpecItemId = Guid.Parse("0d3ffb69-f83b-456e-ad8e-208d0998d71d");

    /// <summary>The link of the spec's <c>link</c> schema example.</summary>
    public static readonly Guid SpecLinkId = ResourceTestKit.LinkId;

    /// <summary>The <c>created_at</c>/<c>collected_at</c> schema example.</summary>
    public static readonly DateTimeOffset SpecTimestamp = new DateTimeOffset(2022, 2, 9, 8, 45, 50, 406, TimeSpan.Zero).AddTicks(320);

    /// <summary>Another id, for <c>__in</c> filters.</summary>
    public static readonly Guid OtherId = Guid.Parse("c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321");

    /// <summary>The 202 answer of a background request.</summary>
    public static readonly string Accepted = $$"""{"request_id":"{{RequestId}}"}""";

    /// <summary>A payload of tests/Belvo.Sdk.Tests/Payloads/current.</summary>
    /// <param name="name">The file name without <c>.json</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string Payload(string name) => ResourceTestKit.SpecPayload("current/" + name);

    /// <summary>A timestamp filter with every lookup set, in several offsets; see <see cref="TimestampQuery"/>.</summary>
    public static ComparisonFilter<DateTimeOffset> EveryTimestampLookup() => new()
    {
        EqualTo = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        GreaterThan = new DateTimeOffset(2024, 1, 1, 18, 0, 0, TimeSpan.FromHours(-6)),
        GreaterThanOrEqual = new DateTimeOffset(2024, 1, 1, 0, 0, 0, 123, TimeSpan.Zero),
        LessThan = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.FromHours(-3)),
        LessThanOrEqual = new DateTimeOffset(2024, 2, 1, 23, 59, 59, TimeSpan.Zero),
        Range = (new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-3)), new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero)),
    };

    /// <summary>A timestamp filter with only the lookups some of Belvo's lists document (no exact match).</summary>
    public static ComparisonFilter<DateTimeOffset> EveryTimestampLookupButExact() => EveryTimestampLookup() with { EqualTo = null };

    /// <summary>What <see cref="EveryTimestampLookup"/> must send, in UTC, under <paramref name="name"/>.</summary>
    /// <param name="name">The filter's wire name.</param>
    /// <param name="exact">Whether the exact match is part of it.</param>
    /// <returns>The query entries.</returns>
    public static Dictionary<string, string> TimestampQuery(string name, bool exact = true)
    {
        var query = new Dictionary<string, string>
        {
            [$"{name}__gt"] = "2024-01-02T00:00:00Z",
            [$"{name}__gte"] = "2024-01-01T00:00:00.123Z",
            [$"{name}__lt"] = "2024-02-01T03:00:00Z",
            [$"{name}__lte"] = "2024-02-01T23:59:59Z",
            [$"{name}__range"] = "2024-01-01T03:00:00Z,2024-01-31T00:00:00Z",
        };
        if (exact)
        {
            query[name] = "2024-01-02T03:04:05Z";
        }

        return query;
    }

    /// <summary>A date filter with every lookup set; see <see cref="DateQuery"/>.</summary>
    public static ComparisonFilter<DateOnly> EveryDateLookup() => new()
    {
        EqualTo = new DateOnly(2022, 1, 1),
        GreaterThan = new DateOnly(2021, 12, 31),
        GreaterThanOrEqual = new DateOnly(2022, 1, 1),
        LessThan = new DateOnly(2023, 1, 2),
        LessThanOrEqual = new DateOnly(2023, 1, 1),
        Range = (new DateOnly(2022, 1, 1), new DateOnly(2023, 1, 1)),
    };

    /// <summary>What <see cref="EveryDateLookup"/> must send under <paramref name="name"/>.</summary>
    /// <param name="name">The filter's wire name.</param>
    /// <returns>The query entries.</returns>
    public static Dictionary<string, string> DateQuery(string name) => new()
    {
        [name] = "2022-01-01",
        [$"{name}__gt"] = "2021-12-31",
        [$"{name}__gte"] = "2022-01-01",
        [$"{name}__lt"] = "2023-01-02",
        [$"{name}__lte"] = "2023-01-01",
        [$"{name}__range"] = "2022-01-01,2023-01-01",
    };

    /// <summary>Joins query entries into one expectation.</summary>
    /// <param name="parts">The entries.</param>
    /// <returns>All of them.</returns>
    public static Dictionary<string, string> Query(params IEnumerable<KeyValuePair<string, string>>[] parts) =>
        parts.SelectMany(part => part).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>
    /// Asserts a background retrieval posts <paramref name="expectedBody"/> with the async header and reads Belvo's 202:
    /// the plain call gives the request id, the <c>…WithResponseAsync</c> twin the 202 status and the same id.
    /// </summary>
    /// <param name="belvo">The test server.</param>
    /// <param name="path">The collection path.</param>
    /// <param name="expectedBody">The exact JSON body.</param>
    /// <param name="plain">The plain call.</param>
    /// <param name="withResponse">The <c>…WithResponseAsync</c> call.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static async Task AssertRetrievesInBackgroundAsync(
        this BelvoTestServer belvo,
        string path,
        string expectedBody,
        Func<BelvoClient, Task<AsyncRequestAccepted>> plain,
        Func<BelvoClient, Task<BelvoResponse<AsyncRequestAccepted>>> withResponse)
    {
        belvo.Respond("POST", path, 202, Accepted);
        var client = belvo.CreateClient();

        var accepted = await plain(client);
        var response = await withResponse(client);

        Assert.Equal(RequestId, accepted.RequestId);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(response.IsCreated);
        Assert.Equal(RequestId, response.RequestId);
        Assert.Equal(RequestId, response.Value.RequestId);
        var requests = belvo.Requests;
        Assert.Equal(2, requests.Count);
        foreach (var request in requests)
        {
            RequestAssert.Sent(request, "POST", path, jsonBody: expectedBody, headers: new Dictionary<string, string> { [AsyncHeader] = "async" });
        }
    }

    /// <summary>Asserts a request went without the async header (a plain retrieval waits for the data).</summary>
    /// <param name="request">The request.</param>
    public static void AssertNotAsync(WireMock.Logging.ILogEntry request) => Assert.Null(RequestAssert.Header(request, AsyncHeader));
}
