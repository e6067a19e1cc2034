using System.Text.Json.Nodes;
using WireMock.Logging;

namespace Belvo.Sdk.Tests.Infrastructure;

/// <summary>Asserts the exact request Belvo would have received.</summary>
public static class RequestAssert
{
    public static void Sent(
        ILogEntry entry,
        string method,
        string path,
        IDictionary<string, string>? query = null,
        string? jsonBody = null,
        IDictionary<string, string>? headers = null)
    {
        var request = entry.RequestMessage;
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        var actualQuery = (request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(p => p.Key, p => string.Join(',', p.Value));
        Assert.Equal(
            (query ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal),
            actualQuery.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(BelvoTestServer.ExpectedAuthorization, Header(entry, "Authorization"));
        Assert.StartsWith("Belvo.Sdk/", Header(entry, "User-Agent"), StringComparison.Ordinal);
        Assert.Contains("application/json", Header(entry, "Accept"), StringComparison.Ordinal);
        if (jsonBody is null)
        {
            Assert.True(string.IsNullOrEmpty(request.Body), $"Expected no body but got {request.Body}");
        }
        else
        {
            Assert.StartsWith("application/json", Header(entry, "Content-Type"), StringComparison.Ordinal);
            var expected = JsonNode.Parse(jsonBody);
            var actual = JsonNode.Parse(request.Body!);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"Body differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            Assert.Equal(value, Header(entry, name));
        }
    }

    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } values
            ? string.Join(", ", values)
            : null;
}
