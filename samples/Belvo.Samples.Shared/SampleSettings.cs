using Belvo.Sdk;

namespace Belvo.Samples;

/// <summary>
/// What the environment asks for: the real API (BELVO_SECRET_ID, BELVO_SECRET_PASSWORD and BELVO_ENVIRONMENT or
/// BELVO_BASE_URL) or, with none of them set, the in-process emulator. BELVO_INSTITUTION, BELVO_USERNAME and
/// BELVO_PASSWORD choose the end-user login a sample registers; BELVO_MFA_TOKEN answers MFA when no one is at
/// the console.
/// </summary>
public sealed record SampleSettings
{
    public const string SecretIdVariable = "BELVO_SECRET_ID";
    public const string SecretPasswordVariable = "BELVO_SECRET_PASSWORD";
    public const string EnvironmentVariable = "BELVO_ENVIRONMENT";
    public const string BaseUrlVariable = "BELVO_BASE_URL";
    public const string InstitutionVariable = "BELVO_INSTITUTION";
    public const string UsernameVariable = "BELVO_USERNAME";
    public const string PasswordVariable = "BELVO_PASSWORD";
    public const string MfaTokenVariable = "BELVO_MFA_TOKEN";

    /// <summary>Gets the client options for the real API, or <see langword="null"/> to use the emulator.</summary>
    public BelvoClientOptions? Api { get; init; }

    /// <summary>Gets where the real API is, for the first line a sample prints.</summary>
    public string? ApiDescription { get; init; }

    public string? Institution { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? MfaToken { get; init; }

    /// <summary>Reads the settings from environment variables.</summary>
    /// <param name="read">Reads one variable (the process environment by default).</param>
    /// <returns>The settings.</returns>
    /// <exception cref="SampleConfigurationException">The variables are incomplete or wrong; the message says how to fix them.</exception>
    public static SampleSettings FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        string? Value(string name) => read(name) is { Length: > 0 } value ? value.Trim() : null;

        var secretId = Value(SecretIdVariable);
        var secretPassword = Value(SecretPasswordVariable);
        var environment = Value(EnvironmentVariable);
        var baseUrl = Value(BaseUrlVariable);
        var settings = new SampleSettings
        {
            Institution = Value(InstitutionVariable),
            Username = Value(UsernameVariable),
            Password = Value(PasswordVariable),
            MfaToken = Value(MfaTokenVariable),
        };

        if (secretId is null && secretPassword is null && environment is null && baseUrl is null)
        {
            return settings;
        }

        if (secretId is null || secretPassword is null)
        {
            throw new SampleConfigurationException(
                $"Set both {SecretIdVariable} and {SecretPasswordVariable} to call Belvo, or unset every BELVO_* variable to run against the built-in emulator.");
        }

        var options = new BelvoClientOptions { SecretId = secretId, SecretPassword = secretPassword };
        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address))
            {
                throw new SampleConfigurationException($"{BaseUrlVariable} '{baseUrl}' is not an absolute URL such as https://sandbox.belvo.com.");
            }

            options.BaseAddress = address;
        }
        else
        {
            options.Environment = environment?.ToUpperInvariant() switch
            {
                null or "SANDBOX" => BelvoEnvironment.Sandbox,
                "DEVELOPMENT" => BelvoEnvironment.Development,
                "PRODUCTION" => BelvoEnvironment.Production,
                _ => throw new SampleConfigurationException(
                    $"{EnvironmentVariable} '{environment}' is not one of sandbox, development, production (or set {BaseUrlVariable})."),
            };
        }

        var description = options.BaseAddress is null
            ? $"Belvo {options.Environment.ToString().ToLowerInvariant()} ({options.ResolveBaseAddress()})"
            : $"Belvo at {options.BaseAddress}";
        return settings with { Api = options, ApiDescription = description };
    }
}

/// <summary>The sample's environment variables are incomplete or wrong.</summary>
public sealed class SampleConfigurationException : Exception
{
    public SampleConfigurationException(string message)
        : base(message)
    {
    }

    public SampleConfigurationException()
    {
    }

    public SampleConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
