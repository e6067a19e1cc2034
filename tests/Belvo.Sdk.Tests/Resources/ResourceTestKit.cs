using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.Logging;

namespace Belvo.Sdk.Tests.Resources;

/// <summary>
/// The steps every per-resource test takes: serve a payload from the spec, make one call, and hand back the
/// typed result with the one request Belvo received, so each test asserts both.
/// </summary>
public static partial class ResourceTestKit
{
    /// <summary>The link the tests retrieve for; also the <c>link</c> of the spec's link example.</summary>
    public const string LinkIdText = "30cb4806-6e00-48a4-91c9-ca55968576c8";

    /// <summary>An MFA session as the 428 answer carries it (32 hex characters).</summary>
    public const string Session = "2675b703b9d4451f8d4861a3eee54449";

    public static readonly Guid LinkId = Guid.Parse(LinkIdText);

    /// <summary>
    /// The resume cases every resumable resource shares: the token (or none, for a challenge without user
    /// input), save_data, and the exact body Belvo must receive.
    /// </summary>
    public static TheoryData<string?, bool?, string> ResumeCases => new()
    {
        { "123456", null, $$"""{"session":"{{Session}}","link":"{{LinkIdText}}","token":"123456"}""" },
        { "123456", false, $$"""{"session":"{{Session}}","link":"{{LinkIdText}}","token":"123456","save_data":false}""" },
        { null, true, $$"""{"session":"{{Session}}","link":"{{LinkIdText}}","save_data":true}""" },
    };

    /// <summary>
    /// A payload of tests/Belvo.Sdk.Tests/Payloads as the spec's example wrote it, except for one correction:
    /// several examples write an id as a UUID followed by a stray <c>X</c>, which no UUID parser (and no real
    /// Belvo answer) has; the X is dropped so the ids read as the UUIDs the schemas declare.
    /// </summary>
    /// <param name="name">The payload's file name without <c>.json</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string SpecPayload(string name) => StrayXAfterUuid().Replace(BelvoTestServer.Payload(name), "$1\"");

    /// <summary>One page holding <paramref name="items"/>, as Belvo's list endpoints answer.</summary>
    /// <param name="count">The total count Belvo reports.</param>
    /// <param name="next">The next page's absolute URL, or none.</param>
    /// <param name="items">The page's items.</param>
    /// <returns>The JSON text.</returns>
    public static string PageOf(int count, string? next, params JsonNode[] items) =>
        new JsonObject { ["count"] = count, ["next"] = next, ["previous"] = null, ["results"] = new JsonArray(items) }.ToJsonString();

    /// <summary>One page holding every item of a payload that is an array (a retrieve answer).</summary>
    /// <param name="arrayPayload">The payload's JSON text.</param>
    /// <returns>The JSON text.</returns>
    public static string PageOfItems(string arrayPayload)
    {
        var items = JsonNode.Parse(arrayPayload)!.AsArray().Select(item => item!.DeepClone()).ToArray();
        return PageOf(items.Length, null, items);
    }

    /// <summary>The first item of a payload that is an array or a page.</summary>
    /// <param name="payload">The payload's JSON text.</param>
    /// <returns>The first item's JSON text.</returns>
    public static string FirstItem(string payload)
    {
        var node = JsonNode.Parse(payload)!;
        return (node is JsonArray array ? array[0] : node["results"]![0])!.ToJsonString();
    }

    /// <summary>Serves one answer, makes one call with a new client, and returns its result and the request sent.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="belvo">The test server.</param>
    /// <param name="method">The HTTP method to answer.</param>
    /// <param name="path">The path to answer.</param>
    /// <param name="status">The status Belvo answers.</param>
    /// <param name="body">The body Belvo answers.</param>
    /// <param name="call">The SDK call.</param>
    /// <returns>The result and the single request Belvo received.</returns>
    public static async Task<(T Result, ILogEntry Request)> CallAsync<T>(
        this BelvoTestServer belvo, string method, string path, int status, string body, Func<BelvoClient, Task<T>> call)
    {
        belvo.Respond(method, path, status, body);
        var result = await call(belvo.CreateClient());
        return (result, Assert.Single(belvo.Requests));
    }

    /// <summary>Asserts a delete sends <c>DELETE {itemPath}</c> without a body and completes on Belvo's 204.</summary>
    /// <param name="belvo">The test server.</param>
    /// <param name="itemPath">The item's path, with its trailing slash.</param>
    /// <param name="delete">The SDK call.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static async Task AssertDeletesAsync(this BelvoTestServer belvo, string itemPath, Func<BelvoClient, Task> delete)
    {
        belvo.Respond("DELETE", itemPath, 204);

        await delete(belvo.CreateClient());

        RequestAssert.Sent(Assert.Single(belvo.Requests), "DELETE", itemPath);
    }

    /// <summary>
    /// Asserts a detail call sends no query without a selection and <c>fields</c>/<c>omit</c> with one, and
    /// returns the item read without a selection.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="belvo">The test server.</param>
    /// <param name="itemPath">The item's path, with its trailing slash.</param>
    /// <param name="body">The item Belvo answers.</param>
    /// <param name="get">The SDK call, given the selection.</param>
    /// <returns>The item read without a selection.</returns>
    public static async Task<T> AssertGetsWithAndWithoutSelectionAsync<T>(
        this BelvoTestServer belvo, string itemPath, string body, Func<BelvoClient, FieldSelection?, Task<T>> get)
    {
        belvo.Respond("GET", itemPath, 200, body);
        var client = belvo.CreateClient();

        var item = await get(client, null);
        await get(client, new FieldSelection { Fields = ["id", "created_at"], Omit = ["pdf", "xml"] });

        var requests = belvo.Requests;
        Assert.Equal(2, requests.Count);
        RequestAssert.Sent(requests[0], "GET", itemPath);
        RequestAssert.Sent(requests[1], "GET", itemPath, new Dictionary<string, string> { ["fields"] = "id,created_at", ["omit"] = "pdf,xml" });
        return item;
    }

    /// <summary>Asserts a call is refused with <typeparamref name="TException"/> naming the parameter and the fix, before anything is sent.</summary>
    /// <typeparam name="TException">The exact exception type.</typeparam>
    /// <param name="belvo">The test server.</param>
    /// <param name="parameterName">The parameter the exception must name.</param>
    /// <param name="messagePart">Text the message must contain.</param>
    /// <param name="call">The SDK call.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static async Task AssertRefusedBeforeSendingAsync<TException>(
        this BelvoTestServer belvo, string parameterName, string messagePart, Func<BelvoClient, Task> call)
        where TException : ArgumentException
    {
        var ex = await Assert.ThrowsAsync<TException>(() => call(belvo.CreateClient()));

        Assert.Equal(parameterName, ex.ParamName);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
        Assert.Empty(belvo.Requests);
    }

    /// <summary>Asserts an item id of <see cref="Guid.Empty"/> is refused before anything is sent.</summary>
    /// <param name="belvo">The test server.</param>
    /// <param name="parameterName">The parameter carrying the id.</param>
    /// <param name="call">The SDK call, given <see cref="Guid.Empty"/>.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static Task AssertEmptyIdRefusedAsync(this BelvoTestServer belvo, string parameterName, Func<BelvoClient, Task> call) =>
        belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(parameterName, "Guid.Empty", call);

    /// <summary>Asserts a null request is refused with a message naming the request type to pass.</summary>
    /// <param name="belvo">The test server.</param>
    /// <param name="requestType">The request type the message must name.</param>
    /// <param name="call">The SDK call, given null.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static Task AssertNullRequestRefusedAsync(this BelvoTestServer belvo, string requestType, Func<BelvoClient, Task> call) =>
        belvo.AssertRefusedBeforeSendingAsync<ArgumentNullException>("request", requestType, call);

    /// <summary>Asserts a request whose dates are the wrong way round is refused, saying which is after which.</summary>
    /// <param name="belvo">The test server.</param>
    /// <param name="call">The SDK call, given date_from 2024-02-01 and date_to 2024-01-01.</param>
    /// <returns>A task that completes when the assertions ran.</returns>
    public static Task AssertReversedDatesRefusedAsync(this BelvoTestServer belvo, Func<BelvoClient, DateOnly, DateOnly, Task> call) =>
        belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "DateFrom (2024-02-01) is after DateTo (2024-01-01)", client => call(client, new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1)));

    /// <summary>Asserts a record's <c>ToString()</c> masks every secret it holds but still shows it was set.</summary>
    /// <param name="request">The request record.</param>
    /// <param name="secrets">The secret values it holds.</param>
    public static void AssertHidesSecrets(object request, params string[] secrets)
    {
        var text = request.ToString()!;
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="action"/> with a culture whose decimal separator is a comma, to catch culture-bound formatting.</summary>
    /// <param name="action">What to run.</param>
    /// <returns>A task that completes when the action did.</returns>
    public static async Task WithCommaDecimalCultureAsync(Func<Task> action)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            await action();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [GeneratedRegex("(\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})X\"")]
    private static partial Regex StrayXAfterUuid();
}
