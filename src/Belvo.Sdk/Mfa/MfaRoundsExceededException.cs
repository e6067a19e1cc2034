using System.Net;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk;

/// <summary>
/// An MFA flow run by a <c>…WithMfaAsync</c> helper gave up: the institution still wanted a token after
/// <see cref="MfaOptions.MaxRounds"/> challenges. <see cref="LastChallenge"/> is the last 428 (its
/// <see cref="BelvoException.RequestId"/> is also this exception's); the link stays as Belvo left it.
/// </summary>
public sealed class MfaRoundsExceededException : BelvoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="rounds">How many challenges were shown.</param>
    /// <param name="lastChallenge">The last 428 answer.</param>
    /// <param name="lastRejection">The error that rejected the last token, if the last answer was refused.</param>
    public MfaRoundsExceededException(int rounds, TokenRequiredException lastChallenge, BelvoException? lastRejection = null)
        : base(
            BuildMessage(rounds, lastChallenge, lastRejection),
            ResponseOf(lastChallenge),
            lastChallenge)
    {
        Rounds = rounds;
        LastChallenge = lastChallenge;
        LastRejection = lastRejection;
    }

    /// <summary>Gets how many challenges the end user was shown before the flow gave up.</summary>
    public int Rounds { get; }

    /// <summary>Gets the last 428 <c>token_required</c> answer, with its session, link and challenge.</summary>
    public TokenRequiredException LastChallenge { get; }

    /// <summary>Gets the error that rejected the last token (for example 400 <c>invalid_token</c>), if any.</summary>
    public BelvoException? LastRejection { get; }

    private static string BuildMessage(int rounds, TokenRequiredException lastChallenge, BelvoException? lastRejection)
    {
        ArgumentNullException.ThrowIfNull(lastChallenge);
        var why = lastRejection is null ? "still asked for an MFA token" : $"still rejected the token ({lastRejection.ErrorCode})";
        var requestId = lastChallenge.RequestId is { } id ? $" (request_id {id})" : string.Empty;
        return $"The institution {why} after {rounds} round(s); giving up{requestId}. Raise MfaOptions.MaxRounds if the end user needs more tries.";
    }

    private static BelvoErrorResponse ResponseOf(TokenRequiredException challenge) => new(
        challenge.StatusCode ?? (HttpStatusCode)428,
        challenge.Errors,
        challenge.RawBody,
        challenge.Method,
        challenge.RequestPath,
        challenge.RetryAfter);
}
