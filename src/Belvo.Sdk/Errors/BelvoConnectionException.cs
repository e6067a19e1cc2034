namespace Belvo.Sdk.Errors;

/// <summary>
/// Belvo could not be reached: the connection failed before any answer (DNS, TLS, refused or reset
/// connection). Reads were already retried as configured; check connectivity and try again later.
/// </summary>
public sealed class BelvoConnectionException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The transport failure.</param>
    public BelvoConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    internal override BelvoFailure Failure => BelvoFailureTable.ConnectionFailed;
}
