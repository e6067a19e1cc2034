namespace Belvo.Sdk;

/// <summary>Where a handler of yours runs in a client's request path.</summary>
public enum BelvoHandlerPosition
{
    /// <summary>
    /// Once per call, outside Belvo's retries: it sees the request once and the final answer (or exception), whatever
    /// the number of attempts. For auditing calls, adding correlation headers once, or your own rate limiting.
    /// </summary>
    PerCall,

    /// <summary>
    /// Once per attempt, inside Belvo's retries and timeouts, next to the network: it sees every retry. For
    /// recording traffic, fault injection, or a proxy that needs a header on every request.
    /// </summary>
    PerAttempt,
}
