using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Mfa;

/// <summary>
/// Runs a call and its MFA rounds: start → 428 → ask the end user → resume (PATCH) → possibly another 428
/// (a new challenge, for example after an expired code) → … → result. When the session expired, the call is
/// started again, up to <see cref="MfaOptions.MaxRestarts"/> times.
/// </summary>
internal static class MfaFlow
{
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> start,
        Func<TokenRequiredException, string?, CancellationToken, Task<T>> resume,
        MfaChallengeHandler onChallenge,
        MfaOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onChallenge);
        options ??= new MfaOptions();
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        if (options.MaxRounds < 1 || options.MaxRestarts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MfaOptions.MaxRounds must be at least 1 and MaxRestarts not negative.");
        }

        var rounds = 0;
        for (var restarts = 0; ; restarts++)
        {
            TokenRequiredException pending;
            try
            {
                return await start(cancellationToken).ConfigureAwait(false);
            }
            catch (TokenRequiredException ex)
            {
                pending = ex;
            }

            while (true)
            {
                if (++rounds > options.MaxRounds)
                {
                    throw new BelvoException(
                        $"The institution still asked for an MFA token after {options.MaxRounds} rounds; giving up. Raise MfaOptions.MaxRounds if the end user needs more tries.",
                        pending);
                }

                var challenge = new MfaChallenge(pending, rounds, timeProvider.GetUtcNow());
                var token = await onChallenge(challenge, cancellationToken).ConfigureAwait(false);
                if (challenge.ExpiresAt is { } expiresAt && timeProvider.GetUtcNow() > expiresAt)
                {
                    // The answer came too late: resuming would only earn session_expired.
                    break;
                }

                try
                {
                    return await resume(pending, token, cancellationToken).ConfigureAwait(false);
                }
                catch (TokenRequiredException next)
                {
                    pending = next;
                }
                catch (SessionExpiredException) when (restarts < options.MaxRestarts)
                {
                    break;
                }
            }

            if (restarts >= options.MaxRestarts)
            {
                throw new BelvoException(
                    $"The MFA session expired before the end user answered, and the call was already started again {options.MaxRestarts} time(s).",
                    pending);
            }
        }
    }
}
