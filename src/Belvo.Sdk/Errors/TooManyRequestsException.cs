namespace Belvo.Sdk.Errors;

/// <summary>
/// Belvo answered 429: the request was refused for going over a rate limit, and was not run (Belvo limits DELETEs of
/// links, accounts, transactions and employment records to 5 a minute; a client-side limiter,
/// <see cref="BelvoPipelineOptions.RateLimiter"/>, keeps calls under it). <see cref="BelvoException.RetryAfter"/> says how
/// long to wait when the answer said so. Since nothing was done, sending the same request again after that
/// wait is safe: <see cref="BelvoRetryOptions.RetryTooManyRequests"/> lets the SDK do it.
/// </summary>
public sealed class TooManyRequestsException : BelvoException
{
    /// <summary>Initializes a new instance for a 429 answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public TooManyRequestsException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }

    /// <inheritdoc />
    internal override BelvoFailure Failure => BelvoFailureTable.TooManyRequests;
}
