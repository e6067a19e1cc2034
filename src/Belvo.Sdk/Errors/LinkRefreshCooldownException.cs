namespace Belvo.Sdk.Errors;

/// <summary>
/// The link was refreshed less than 10 minutes ago (HTTP 409 <c>link_refreshed</c>); Belvo's message says how many
/// minutes remain. The earlier refresh is still running or has just finished: wait for its <c>historical_update</c>
/// webhooks rather than asking again. Never retried by the SDK.
/// </summary>
public sealed class LinkRefreshCooldownException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public LinkRefreshCooldownException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
