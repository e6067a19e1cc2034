namespace Belvo.Sdk.Errors;

/// <summary>The secret keys have no access to this product (HTTP 403 <c>access_to_resource_denied</c>).</summary>
public sealed class AccessDeniedException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public AccessDeniedException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
