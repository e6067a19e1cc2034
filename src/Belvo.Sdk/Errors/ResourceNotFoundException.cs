namespace Belvo.Sdk.Errors;

/// <summary>The resource does not exist, or belongs to another Belvo account or environment (HTTP 404 <c>not_found</c>).</summary>
public sealed class ResourceNotFoundException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public ResourceNotFoundException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }
}
