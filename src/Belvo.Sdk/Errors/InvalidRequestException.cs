namespace Belvo.Sdk.Errors;

/// <summary>Belvo rejected the request (HTTP 400), for example a missing or invalid field. <see cref="FieldErrors"/> names the fields.</summary>
public sealed class InvalidRequestException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public InvalidRequestException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
    }

    /// <summary>Gets the errors that name a request field.</summary>
    public IReadOnlyList<BelvoError> FieldErrors => Errors.Where(e => e.Field is not null).ToList();
}
