namespace Belvo.Sdk.Errors;

/// <summary>The MFA session being resumed expired (HTTP 400 <c>session_expired</c>). Start again with the original call.</summary>
public sealed class SessionExpiredException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public SessionExpiredException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
