namespace Belvo.Sdk;

/// <summary>
/// Belvo's documented retry policy: 5xx answers and 400 <c>too_many_sessions</c> are retried with
/// exponential backoff (3 s base, factor 2, 5 retries: waits of 3, 6, 12, 24 and 48 seconds). Other 4xx,
/// including 428 <c>token_required</c>, are never retried.
/// </summary>
public sealed class BelvoRetryOptions
{
    /// <summary>Gets or sets how many times a failed call is retried. 0 turns retries off. Default 5.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Gets or sets the wait before the first retry; each later wait doubles. Default 3 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Gets or sets a value indicating whether only safe methods (GET, HEAD, OPTIONS) are retried. Default
    /// <see langword="false"/>, as Belvo documents retrying every call. Set it when a repeated POST (for
    /// example a link registration whose answer was lost) must never be sent twice.
    /// </summary>
    public bool OnlySafeMethods { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a <c>Retry-After</c> header sent with a retryable answer
    /// replaces the computed wait. Default <see langword="true"/>.
    /// </summary>
    public bool HonorRetryAfter { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a 429 answer (a rate limit refused the request, which therefore did not
    /// run) is sent again after its <c>Retry-After</c> wait (or the computed one), within <see cref="MaxRetries"/>.
    /// Default <see langword="false"/>: Belvo documents no retry for 429, and a
    /// <see cref="Errors.TooManyRequestsException"/> lets you decide. Safe for every method, registrations included.
    /// </summary>
    public bool RetryTooManyRequests { get; set; }

    /// <summary>Gets or sets the longest single wait, whatever the backoff or <c>Retry-After</c> says. Default 2 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Copies the settings, for a client that must not see later changes.</summary>
    /// <returns>The copy.</returns>
    internal BelvoRetryOptions Copy() => (BelvoRetryOptions)MemberwiseClone();
}
