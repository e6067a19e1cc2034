namespace Belvo.Sdk;

/// <summary>
/// Shows an MFA challenge to the end user and returns the token they entered, or <see langword="null"/> when
/// the challenge expects no input (<see cref="MfaChallenge.ExpectsUserInput"/> is false) once they confirmed.
/// </summary>
/// <param name="challenge">The challenge to show.</param>
/// <param name="cancellationToken">Cancelled when the whole flow is cancelled.</param>
/// <returns>The token, or <see langword="null"/>.</returns>
public delegate ValueTask<string?> MfaChallengeHandler(MfaChallenge challenge, CancellationToken cancellationToken);
