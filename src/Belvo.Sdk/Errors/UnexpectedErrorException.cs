namespace Belvo.Sdk.Errors;

/// <summary>Belvo or something in front of it failed (HTTP 5xx, for example <c>unexpected_error</c>). The SDK retried with Belvo's documented backoff before throwing this.</summary>
public sealed class UnexpectedErrorException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public UnexpectedErrorException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
