using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Http;

/// <summary>One request as the handlers see it: method, path, route values, ordered query pairs and the raw body.</summary>
internal sealed class ApiRequest
{
    private readonly Func<string, string?> headerLookup;

    public ApiRequest(string method, string path, IReadOnlyList<KeyValuePair<string, string>> query, string body, Func<string, string?> headerLookup)
    {
        Method = method;
        Path = path;
        Query = query;
        Body = body;
        this.headerLookup = headerLookup;
    }

    public string Method { get; }

    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public string Body { get; }

    public IReadOnlyDictionary<string, string> RouteValues { get; set; } = new Dictionary<string, string>();

    public string? Header(string name) => headerLookup(name);

    public string Route(string name) => RouteValues[name];

    /// <summary>The last value of a query parameter, like Django's <c>QueryDict.get</c>.</summary>
    public string? QueryValue(string name)
    {
        string? value = null;
        foreach (var pair in Query)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
            }
        }

        return value;
    }

    /// <summary>Parses the body as a JSON object. An empty body counts as an empty object.</summary>
    public bool TryReadObject(ApiErrors errors, out JsonObject body, out ApiResponse? error)
    {
        body = [];
        error = null;
        if (string.IsNullOrWhiteSpace(Body))
        {
            return true;
        }

        try
        {
            if (JsonNode.Parse(Body) is JsonObject parsed)
            {
                body = parsed;
                return true;
            }

            error = errors.Error(400, ErrorCodes.ParseError, "JSON parse error - expected an object.");
        }
        catch (JsonException ex)
        {
            error = errors.Error(400, ErrorCodes.ParseError, "JSON parse error - " + ex.Message);
        }

        return false;
    }

    /// <summary>Parses a raw query string (without the leading '?') into ordered, decoded pairs.</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string? queryString)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(queryString))
        {
            return pairs;
        }

        foreach (var part in queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? part : part[..separator];
            var value = separator < 0 ? string.Empty : part[(separator + 1)..];
            pairs.Add(new(Decode(key), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
