using Belvo.Sdk;
namespace Belvo.Samples;

/// <summary>
/// Answers MFA challenges for the samples: asks at the console when someone is there (standard input is not
/// redirected), otherwise uses BELVO_MFA_TOKEN, and against the emulator falls back to its documented token so
/// the samples run unattended. Pass <see cref="HandleAsync"/> to the SDK's <c>…WithMfaAsync</c> helpers.
/// </summary>
public sealed class MfaPrompt
{
    private readonly string? configuredToken;
    private readonly string? fallbackToken;

    /// <param name="configuredToken">BELVO_MFA_TOKEN, if set.</param>
    /// <param name="fallbackToken">The token to use unattended when none is configured (the emulator's), or null.</param>
    public MfaPrompt(string? configuredToken, string? fallbackToken)
    {
        this.configuredToken = configuredToken;
        this.fallbackToken = fallbackToken;
    }

    /// <summary>Gets a value indicating whether someone can type at the console.</summary>
    public static bool IsInteractive => !Console.IsInputRedirected;

    /// <summary>Shows one challenge and returns the end user's token (null when the challenge expects none).</summary>
    /// <param name="challenge">The challenge.</param>
    /// <param name="cancellationToken">Stops waiting for the end user.</param>
    /// <returns>The token.</returns>
    public async ValueTask<string?> HandleAsync(MfaChallenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        Describe(challenge);
        if (!challenge.ExpectsUserInput)
        {
            if (IsInteractive)
            {
                Console.Write("  Confirm on your device, then press Enter: ");
                await ReadLineAsync(cancellationToken);
            }
            else
            {
                Console.WriteLine("  (unattended: resuming without a token, as the institution asks)");
            }

            return null;
        }

        if (IsInteractive)
        {
            Console.Write("  Token: ");
            return await ReadLineAsync(cancellationToken);
        }

        if (configuredToken is not null)
        {
            Console.WriteLine("  (unattended: using BELVO_MFA_TOKEN)");
            return configuredToken;
        }

        if (fallbackToken is not null)
        {
            Console.WriteLine($"  (unattended: using the emulator's documented token {fallbackToken})");
            return fallbackToken;
        }

        throw new InvalidOperationException(
            $"The institution asked for an MFA token and no one is at the console: run interactively, or set {SampleSettings.MfaTokenVariable}.");
    }

    private static void Describe(MfaChallenge challenge)
    {
        Console.WriteLine();
        if (challenge.PreviousRejection is { } rejected)
        {
            Console.WriteLine($"  The institution rejected that token ({rejected.ErrorCode}); try again.");
        }
        else if (challenge.Round > 1)
        {
            Console.WriteLine(challenge.Restarts > 0
                ? "  The MFA session expired, so the call was started again."
                : "  The previous challenge expired; here is a new one.");
        }

        Console.WriteLine($"  MFA ({challenge.Type}, round {challenge.Round}): {challenge.Instructions}");
        if (challenge.QrCodePng is { } png)
        {
            var path = Path.Combine(Path.GetTempPath(), $"belvo-mfa-{challenge.Session}.png");
            File.WriteAllBytes(path, png);
            Console.WriteLine($"  QR code ({png.Length} bytes of PNG) saved to {path}: scan it with the bank's app.");
        }
        else if (challenge.Value is { Length: > 0 } value)
        {
            Console.WriteLine($"  Challenge: {value}");
        }

        if (challenge.ExpiresAt is { } expiresAt)
        {
            Console.WriteLine($"  Answer before {expiresAt.ToLocalTime():HH:mm:ss}.");
        }
    }

    private static async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        (await Console.In.ReadLineAsync(cancellationToken))?.Trim();
}
