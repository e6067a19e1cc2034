namespace Belvo.Sdk.Mfa;

/// <summary>How an MFA flow started with the <c>…WithMfaAsync</c> helpers behaves.</summary>
public sealed record MfaOptions
{
    /// <summary>Gets how many challenges the end user may be shown before the flow gives up. Default 5.</summary>
    public int MaxRounds { get; init; } = 5;

    /// <summary>
    /// Gets how many times the original call is started again when the MFA session expired (the end user
    /// answered too late). Default 1.
    /// </summary>
    public int MaxRestarts { get; init; } = 1;

    /// <summary>Gets the clock that decides whether a challenge expired before the end user answered. Default the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
