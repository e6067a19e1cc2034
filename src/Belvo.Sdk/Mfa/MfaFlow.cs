using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk;

/// <summary>
/// Runs a call and its MFA rounds: start → 428 → ask the end user → resume (PATCH) → possibly another 428
/// (a new challenge, for example after an expired code) → … → result. A rejected token (400
/// <c>invalid_token</c>) asks the end user again for the same challenge. When the session expired, the call is
/// started again, up to <see cref="MfaOptions.MaxRestarts"/> times.
/// </summary>
/// <remarks>
/// Whether a late answer is still good is left to Belvo: an expired numeric or QR code is answered with a new
/// challenge (another 428), which is cheaper for the end user than starting over, and a restart of a
/// registration would leave the first, unconfirmed link behind.
/// </remarks>
internal static class MfaFlow
{
    /// <summary>Runs the flow named <paramref name="flow"/> (for example <c>Links.RegisterWithMfa</c>) under its span (see <see cref="MfaScope"/>).</summary>
    public static async Task<T> RunAsync<T>(
        string flow,
        Func<CancellationToken, Task<T>> start,
        Func<TokenRequiredException, string?, CancellationToken, Task<T>> resume,
        MfaChallengeHandler onChallenge,
        MfaOptions? options,
        CancellationToken cancellationToken)
    {
        using var telemetry = MfaScope.Start(flow);
        try
        {
            return await RunRoundsAsync(telemetry, start, resume, onChallenge, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            telemetry.Failed(ex);
            throw;
        }
    }

    private static async Task<T> RunRoundsAsync<T>(
        MfaScope telemetry,
        Func<CancellationToken, Task<T>> start,
        Func<TokenRequiredException, string?, CancellationToken, Task<T>> resume,
        MfaChallengeHandler onChallenge,
        MfaOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onChallenge);
        options ??= new MfaOptions();
        if (options.MaxRounds < 1 || options.MaxRestarts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MfaOptions.MaxRounds must be at least 1 and MaxRestarts not negative.");
        }

        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var rounds = 0;
        for (var restarts = 0; ; restarts++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TokenRequiredException pending;
            try
            {
                return await start(cancellationToken).ConfigureAwait(false);
            }
            catch (TokenRequiredException ex)
            {
                pending = ex;
            }

            BelvoException? rejected = null;
            while (true)
            {
                if (++rounds > options.MaxRounds)
                {
                    throw new MfaRoundsExceededException(options.MaxRounds, pending, rejected);
                }

                var challenge = new MfaChallenge(pending, rounds, restarts, timeProvider.GetUtcNow(), rejected);
                telemetry.Challenge(challenge);
                cancellationToken.ThrowIfCancellationRequested();
                var token = await onChallenge(challenge, cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                telemetry.Resuming(rounds);
                try
                {
                    return await resume(pending, token, cancellationToken).ConfigureAwait(false);
                }
                catch (TokenRequiredException next)
                {
                    pending = next;
                    rejected = null;
                }
                catch (BelvoException wrongToken) when (wrongToken.Failure.Mfa == MfaReaction.AskAgain)
                {
                    rejected = wrongToken;
                }
                catch (BelvoException expired) when (expired.Failure.Mfa == MfaReaction.Restart && restarts < options.MaxRestarts)
                {
                    telemetry.Restarting(restarts + 1, options.MaxRestarts, expired);
                    break;
                }
            }
        }
    }
}
