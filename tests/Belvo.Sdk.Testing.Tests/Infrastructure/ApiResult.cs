using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

/// <summary>A response read to the end: status, content type, headers and body text, with JSON accessors.</summary>
internal sealed partial record ApiResult(HttpStatusCode Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Text)
{
    public int Code => (int)Status;

    /// <summary>Reads a response to the end, keeping response and content headers (joined with ", ") by name.</summary>
    public static async Task<ApiResult> ReadAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new ApiResult(response.StatusCode, response.Content.Headers.ContentType?.ToString(), headers, await response.Content.ReadAsStringAsync());
    }

    public JsonNode Json => JsonNode.Parse(Text)!;

    public JsonObject Object => Json.AsObject();

    public JsonArray Array => Json.AsArray();

    /// <summary>Asserts Belvo's error shape: one-element array of {code, message, request_id (32 hex), field?}; returns the item.</summary>
    public JsonObject AssertError(int status, string code, string? field = null)
    {
        Assert.True(Code == status, $"Expected {status} but got {Code}: {Text}");
        Assert.StartsWith("application/json", ContentType);
        var error = Assert.Single(Array)!.AsObject();
        Assert.Equal(code, (string?)error["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));
        Assert.Matches(RequestId(), (string?)error["request_id"]);
        if (field is not null)
        {
            Assert.Equal(field, (string?)error["field"]);
        }

        return error;
    }

    [GeneratedRegex("^[a-f0-9]{32}$")]
    public static partial Regex RequestId();
}
