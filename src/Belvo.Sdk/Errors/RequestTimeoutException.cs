namespace Belvo.Sdk.Errors;

/// <summary>Belvo timed out while collecting the data (HTTP 408 <c>request_timeout</c>). Ask for less data, for example a shorter date range.</summary>
public sealed class RequestTimeoutException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public RequestTimeoutException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
