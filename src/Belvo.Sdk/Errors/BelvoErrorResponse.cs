using System.Net;

namespace Belvo.Sdk.Errors;

/// <summary>What Belvo returned for a failed request, as carried by every <see cref="BelvoException"/>.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Errors">Every error of Belvo's error array.</param>
/// <param name="RawBody">The raw body as received.</param>
/// <param name="Method">The HTTP method of the request.</param>
/// <param name="RequestPath">The path and query of the request.</param>
/// <param name="RetryAfter">The wait the server asked for in a <c>Retry-After</c> header, if any.</param>
public sealed record BelvoErrorResponse(
    HttpStatusCode StatusCode,
    IReadOnlyList<BelvoError> Errors,
    string? RawBody,
    string? Method = null,
    string? RequestPath = null,
    TimeSpan? RetryAfter = null);
