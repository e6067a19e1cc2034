using System.Net;
using System.Net.Http.Headers;

namespace Belvo.Sdk;

/// <summary>
/// What Belvo answered besides the data: the HTTP status (for example 201 when a retrieval was saved, 200 when it
/// was not), Belvo's <c>request_id</c> when the answer carries one, the headers, and the raw body when
/// <see cref="BelvoRequestOptions.IncludeRawBody"/> asked for it. Returned by every <c>…WithResponseAsync</c> method
/// and carried by every page of a list.
/// </summary>
public class BelvoResponse
{
    /// <summary>Initializes a new instance, for example to stand in for Belvo in your own tests.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">The response headers; empty when <see langword="null"/>.</param>
    /// <param name="requestId">Belvo's request identifier, when the answer carried one.</param>
    /// <param name="rawBody">The body as received, when it was kept.</param>
    public BelvoResponse(HttpStatusCode statusCode, HttpResponseHeaders? headers = null, string? requestId = null, string? rawBody = null)
    {
        StatusCode = statusCode;
        Headers = headers ?? EmptyHeaders();
        RequestId = requestId;
        RawBody = rawBody;
    }

    /// <summary>Gets the HTTP status Belvo answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the response headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>
    /// Gets Belvo's request identifier for this call, when the answer carried one: the <c>request_id</c> of an
    /// asynchronous (202) answer, or an <c>X-Request-Id</c> header. Quote it to Belvo support.
    /// </summary>
    public string? RequestId { get; }

    /// <summary>
    /// Gets the body exactly as received, when <see cref="BelvoRequestOptions.IncludeRawBody"/> was set for the call;
    /// otherwise <see langword="null"/> (bodies are read as they stream in, not kept).
    /// </summary>
    public string? RawBody { get; }

    /// <summary>Gets a value indicating whether Belvo saved the data it returned (HTTP 201 Created).</summary>
    public bool IsCreated => StatusCode == HttpStatusCode.Created;

    /// <inheritdoc />
    public override string ToString() =>
        $"BelvoResponse {{ StatusCode = {(int)StatusCode}, RequestId = {RequestId ?? "(none)"} }}";

    private static HttpResponseHeaders EmptyHeaders()
    {
        using var response = new HttpResponseMessage();
        return response.Headers;
    }
}

/// <summary>The data of a call together with what Belvo answered besides it.</summary>
/// <typeparam name="T">The data's type.</typeparam>
public sealed class BelvoResponse<T> : BelvoResponse
{
    /// <summary>Initializes a new instance, for example to stand in for Belvo in your own tests.</summary>
    /// <param name="value">The data.</param>
    /// <param name="response">The status, headers and identifiers of the answer.</param>
    public BelvoResponse(T value, BelvoResponse response)
        : base(
            (response ?? throw new ArgumentNullException(nameof(response))).StatusCode,
            response.Headers,
            response.RequestId,
            response.RawBody)
    {
        Value = value;
    }

    /// <summary>Gets the data Belvo returned.</summary>
    public T Value { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"BelvoResponse<{typeof(T).Name}> {{ StatusCode = {(int)StatusCode}, RequestId = {RequestId ?? "(none)"} }}";
}
