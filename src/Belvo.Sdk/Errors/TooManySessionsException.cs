namespace Belvo.Sdk.Errors;

/// <summary>A session with the institution is already open for these credentials (HTTP 400 <c>too_many_sessions</c>). The SDK retried with Belvo's documented backoff before throwing this.</summary>
public sealed class TooManySessionsException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public TooManySessionsException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
