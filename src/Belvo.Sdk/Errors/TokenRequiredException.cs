namespace Belvo.Sdk.Errors;

/// <summary>
/// The institution asked for an MFA token (HTTP 428 <c>token_required</c>). Show
/// <see cref="TokenGenerationData"/> to the end user, then resume the same call with the resource's
/// <c>ResumeAsync(ex.Session, token, ex.Link)</c> before <see cref="Expiry"/> runs out.
/// </summary>
public sealed class TokenRequiredException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="response">What Belvo returned.</param>
    /// <param name="session">The MFA session to resume.</param>
    /// <param name="link">The link the session belongs to.</param>
    /// <param name="expiry">How long the end user has to answer.</param>
    /// <param name="tokenGenerationData">What the end user must do.</param>
    public TokenRequiredException(
        string message,
        BelvoErrorResponse response,
        string session,
        Guid link,
        TimeSpan? expiry,
        TokenGenerationData? tokenGenerationData)
        : base(message, response)
    {
        Session = session;
        Link = link;
        Expiry = expiry;
        TokenGenerationData = tokenGenerationData;
    }

    /// <summary>Gets the MFA session identifier to send back when resuming.</summary>
    public string Session { get; }

    /// <summary>Gets the link the MFA session belongs to.</summary>
    public Guid Link { get; }

    /// <summary>Gets how long the end user has to provide the token, when Belvo said.</summary>
    public TimeSpan? Expiry { get; }

    /// <summary>Gets what the end user must do to produce the token, when Belvo said.</summary>
    public TokenGenerationData? TokenGenerationData { get; }
}
