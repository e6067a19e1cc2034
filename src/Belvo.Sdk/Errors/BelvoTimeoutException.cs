namespace Belvo.Sdk.Errors;

/// <summary>
/// The SDK stopped waiting for Belvo after the configured timeout. This is distinct from the caller's own
/// cancellation, which surfaces as <see cref="OperationCanceledException"/>. Raise the timeout with
/// <c>BelvoClientOptions.Timeout</c>/<c>InstitutionTimeout</c> or per call with <c>BelvoRequestOptions.Timeout</c>.
/// </summary>
public sealed class BelvoTimeoutException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    /// <param name="innerException">The cancellation that the timeout caused.</param>
    public BelvoTimeoutException(string message, TimeSpan timeout, Exception? innerException)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>Gets the timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    internal override BelvoFailure Failure => BelvoFailureTable.TimedOut;
}
