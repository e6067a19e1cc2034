using System.Net;

namespace Belvo.Sdk.Errors;

/// <summary>
/// The root of every exception the SDK throws for a failed Belvo call. Carries everything Belvo returned:
/// the HTTP status, every error of Belvo's error array, the first <c>request_id</c> and the raw body.
/// </summary>
public class BelvoException : Exception
{
    /// <summary>Initializes a new instance with a message only.</summary>
    /// <param name="message">The message.</param>
    public BelvoException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BelvoException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance describing a failed HTTP response.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public BelvoException(string message, BelvoErrorResponse response)
        : this(message, response, null)
    {
    }

    /// <summary>Initializes a new instance describing a response that could not be used, and why.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    /// <param name="innerException">The cause.</param>
    public BelvoException(string message, BelvoErrorResponse response, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(response);
        StatusCode = response.StatusCode;
        Errors = response.Errors;
        RawBody = response.RawBody;
        Method = response.Method;
        RequestPath = response.RequestPath;
        RetryAfter = response.RetryAfter;
    }

    /// <summary>Gets the HTTP status Belvo answered with, or <see langword="null"/> when no answer arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets every error of Belvo's error array (empty when the body held none).</summary>
    public IReadOnlyList<BelvoError> Errors { get; }

    /// <summary>Gets the code of the first error, for example <c>too_many_sessions</c>.</summary>
    public string? ErrorCode => Errors.Count > 0 ? Errors[0].Code : null;

    /// <summary>Gets the <c>request_id</c> of the first error that has one; quote it to Belvo support.</summary>
    public string? RequestId => Errors.FirstOrDefault(e => e.RequestId is not null)?.RequestId;

    /// <summary>Gets the raw response body as received (possibly truncated for very large non-JSON bodies).</summary>
    public string? RawBody { get; }

    /// <summary>Gets the HTTP method of the failed request.</summary>
    public string? Method { get; }

    /// <summary>Gets the path and query of the failed request (never credentials).</summary>
    public string? RequestPath { get; }

    /// <summary>Gets the wait the server asked for in a <c>Retry-After</c> header, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Gets a value indicating whether the failure is transient: any 5xx status or a 400 <c>too_many_sessions</c>
    /// (Belvo's documented rule), or a connection that failed before any answer. The SDK already retried such
    /// failures as configured before throwing (a failed connection only for calls that are safe to repeat).
    /// </summary>
    public bool IsRetryable => Failure.IsRetryable;

    /// <summary>Gets this failure's row in <see cref="BelvoFailureTable"/>, which decides retries and MFA reactions.</summary>
    internal virtual BelvoFailure Failure => StatusCode is { } status && (int)status is < 200 or > 299
        ? BelvoFailureTable.Classify(status, ErrorCode, this is TokenRequiredException || status != (HttpStatusCode)428)
        : BelvoFailureTable.UnreadableAnswer;
}
