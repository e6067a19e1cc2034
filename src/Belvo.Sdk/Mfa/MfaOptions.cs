namespace Belvo.Sdk;

/// <summary>How an MFA flow started with the <c>…WithMfaAsync</c> helpers behaves.</summary>
public sealed record MfaOptions
{
    /// <summary>
    /// Gets how many challenges the end user may be shown in all, counting new challenges after an expired
    /// code, re-asks after a rejected token and the challenges of a restarted call, before the flow gives up
    /// with <see cref="MfaRoundsExceededException"/>. Default 5.
    /// </summary>
    public int MaxRounds { get; init; } = 5;

    /// <summary>
    /// Gets how many times the original call is started again when Belvo answers a resume with 400
    /// <c>session_expired</c> (the end user answered too late). After that the
    /// <see cref="Errors.SessionExpiredException"/> is thrown. Default 1; 0 never restarts.
    /// </summary>
    public int MaxRestarts { get; init; } = 1;

    /// <summary>
    /// Gets the clock that stamps <see cref="MfaChallenge.ExpiresAt"/>. Default the system clock. The flow never
    /// decides on its own that an answer is too late: Belvo does, with a new challenge or <c>session_expired</c>.
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }
}
