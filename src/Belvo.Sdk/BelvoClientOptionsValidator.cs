using Microsoft.Extensions.Options;

namespace Belvo.Sdk;

/// <summary>
/// Checks <see cref="BelvoClientOptions"/> before the first call, with messages that say how to fix each
/// problem. Used at start-up by <c>AddBelvoClient</c> and by the <see cref="BelvoClient"/> constructor.
/// </summary>
internal sealed class BelvoClientOptionsValidator : IValidateOptions<BelvoClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BelvoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SecretId))
        {
            failures.Add("Belvo:SecretId is missing. Set it to the Secret Key ID of your Belvo dashboard (a different key per environment).");
        }

        if (string.IsNullOrWhiteSpace(options.SecretPassword))
        {
            failures.Add("Belvo:SecretPassword is missing. Set it to the Secret Key Password shown once when the key was created.");
        }

        if (options.BaseAddress is { } address)
        {
            if (!address.IsAbsoluteUri)
            {
                failures.Add($"Belvo:BaseAddress '{address}' is not absolute. Use a full URL such as https://sandbox.belvo.com.");
            }
            else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
            {
                failures.Add($"Belvo:BaseAddress '{address}' must use HTTPS: the secret keys travel in every request. Plain HTTP is only accepted for loopback addresses (local emulators).");
            }
        }
        else if (!Enum.IsDefined(options.Environment))
        {
            failures.Add($"Belvo:Environment '{options.Environment}' is unknown. Use Sandbox or Production (or Development, which Belvo no longer lists), or set Belvo:BaseAddress.");
        }

        CheckTimeout(failures, "Timeout", options.Timeout);
        CheckTimeout(failures, "InstitutionTimeout", options.InstitutionTimeout);
        if (options.MaxConnectionsPerServer < 1)
        {
            failures.Add($"Belvo:MaxConnectionsPerServer is {options.MaxConnectionsPerServer}. Use at least 1; the default is {BelvoClientOptions.DefaultMaxConnectionsPerServer}, and a larger number lets more calls run at once.");
        }

        if (options.Retry is null)
        {
            failures.Add("Belvo:Retry is null. Leave it unset for Belvo's documented policy, or set MaxRetries to 0 to turn retries off.");
        }
        else
        {
            if (options.Retry.MaxRetries is < 0 or > 20)
            {
                failures.Add($"Belvo:Retry:MaxRetries is {options.Retry.MaxRetries}. Use 0 (no retries) to 20; Belvo documents 5.");
            }

            if (options.Retry.BaseDelay < TimeSpan.Zero || options.Retry.MaxDelay < TimeSpan.Zero
                || options.Retry.BaseDelay > MaxRetryDelay || options.Retry.MaxDelay > MaxRetryDelay)
            {
                // Polly's own bounds: its pipeline is built on a client's first retry, so they are checked here, when
                // the client is built, rather than on the first failure.
                failures.Add(
                    $"Belvo:Retry:BaseDelay is {options.Retry.BaseDelay} and MaxDelay is {options.Retry.MaxDelay}; each must be between " +
                    "0 and 1 day. Belvo documents a 3 second base delay.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The longest wait Polly's retry strategy accepts for its base and maximum delays.</summary>
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromDays(1);

    private static void CheckTimeout(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
        {
            failures.Add($"Belvo:{name} is {value}. Use a positive duration such as 00:01:00, or Timeout.InfiniteTimeSpan to wait without limit.");
        }
    }
}
