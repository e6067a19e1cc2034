namespace Belvo.Sdk.Errors;

/// <summary>
/// Belvo answered with a redirect (3xx), or a transport of yours followed one to another address. The SDK never
/// follows redirects: following one could send the secret keys, an end user's password or an MFA token to whoever
/// the <see cref="Location"/> names. Nothing was sent there by the SDK. Belvo documents no redirects, so one usually
/// means a wrong <see cref="BelvoClientOptions.BaseAddress"/> (plain <c>http</c>, a missing path, an old host) or a
/// proxy in between: fix the address rather than retrying. Never retried.
/// </summary>
public sealed class BelvoRedirectException : BelvoException
{
    /// <summary>Initializes a new instance for a redirect answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    public BelvoRedirectException(string message, BelvoErrorResponse response)
        : base(message, response)
    {
        Location = response?.Location;
    }

    /// <summary>Initializes a new instance for a redirect a transport followed before the SDK could refuse it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="location">Where the answer came from.</param>
    public BelvoRedirectException(string message, Uri? location)
        : base(message)
    {
        Location = location;
    }

    /// <summary>
    /// Gets where the redirect pointed (the <c>Location</c> header, made absolute), or where a transport that followed
    /// it ended; <see langword="null"/> when the answer named no target.
    /// </summary>
    public Uri? Location { get; }

    /// <inheritdoc />
    internal override BelvoFailure Failure => BelvoFailureTable.Redirect;
}
