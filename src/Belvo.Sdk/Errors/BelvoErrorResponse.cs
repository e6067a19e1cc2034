using System.Net;

namespace Belvo.Sdk.Errors;

/// <summary>What Belvo returned for a failed request, as carried by every <see cref="BelvoException"/>.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Errors">Every error of Belvo's error array.</param>
/// <param name="RawBody">The raw body as received (at most 64 KiB of it).</param>
/// <param name="Method">The HTTP method of the request.</param>
/// <param name="RequestPath">The path and query of the request.</param>
/// <param name="RetryAfter">The wait the server asked for in a <c>Retry-After</c> header, if any.</param>
public sealed record BelvoErrorResponse(
    HttpStatusCode StatusCode,
    IReadOnlyList<BelvoError> Errors,
    string? RawBody,
    string? Method = null,
    string? RequestPath = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>Gets the MFA details of a 428 <c>token_required</c> answer, when the body carried a session.</summary>
    internal TokenRequiredDetails? TokenRequired { get; init; }

    /// <summary>Gets where a redirect answer pointed (its <c>Location</c>, made absolute).</summary>
    internal Uri? Location { get; init; }

    /// <summary>Gets a value indicating whether the body was JSON.</summary>
    internal bool IsJson { get; init; }
}

/// <summary>The MFA fields of a 428 <c>token_required</c> answer.</summary>
internal sealed record TokenRequiredDetails(string Session, Guid Link, TimeSpan? Expiry, TokenGenerationData? GenerationData);
