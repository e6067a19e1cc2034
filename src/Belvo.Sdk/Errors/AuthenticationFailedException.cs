namespace Belvo.Sdk.Errors;

/// <summary>Belvo rejected the secret keys (HTTP 401 <c>authentication_failed</c>). Check the secret key id and password, and that they belong to the environment you call.</summary>
public sealed class AuthenticationFailedException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public AuthenticationFailedException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
