namespace Belvo.Sdk.Testing;

/// <summary>One request the emulator received, as tests can assert on it.</summary>
public sealed class RecordedRequest
{
    private int statusCode;

    internal RecordedRequest(DateTimeOffset receivedAt, string method, string path, string query, string body, IReadOnlyDictionary<string, string> headers)
    {
        ReceivedAt = receivedAt;
        Method = method;
        Path = path;
        Query = query;
        Body = body;
        Headers = headers;
    }

    /// <summary>When the request arrived, on the emulator's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path, such as <c>/api/links/</c>.</summary>
    public string Path { get; }

    /// <summary>The raw query string without the leading <c>?</c> (empty when there is none).</summary>
    public string Query { get; }

    /// <summary>The request body as text (empty when there is none).</summary>
    public string Body { get; }

    /// <summary>The request headers; names are case-insensitive and repeated headers are joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The status code answered, or 0 while the request is still being handled.</summary>
    public int StatusCode
    {
        get => Volatile.Read(ref statusCode);
        internal set => Volatile.Write(ref statusCode, value);
    }
}
