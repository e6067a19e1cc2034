namespace Belvo.Sdk.Errors;

/// <summary>The link cannot be used (HTTP 400 <c>invalid_link</c> or <c>unconfirmed_link</c>): update its credentials, or finish its creation.</summary>
public sealed class InvalidLinkException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public InvalidLinkException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
