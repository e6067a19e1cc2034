namespace Belvo.Sdk.Errors;

/// <summary>The institution is down, unavailable or deactivated (HTTP 400 <c>institution_down</c>, <c>institution_unavailable</c> or <c>institution_inactive</c>). Try again later.</summary>
public sealed class InstitutionUnavailableException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public InstitutionUnavailableException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
