namespace Belvo.Sdk.Testing;

/// <summary>Settings for a <see cref="BelvoEmulator"/>. Every property has a default that suits most tests.</summary>
public sealed class BelvoEmulatorOptions
{
    /// <summary>The default Secret Key ID clients must send with Basic auth.</summary>
    public const string DefaultSecretId = "emulator-secret-id";

    /// <summary>The default Secret Key password clients must send with Basic auth.</summary>
    public const string DefaultSecretPassword = "emulator-secret-password";

    /// <summary>The Secret Key ID accepted as the Basic auth user name. Default: <see cref="DefaultSecretId"/>.</summary>
    public string SecretId { get; set; } = DefaultSecretId;

    /// <summary>The Secret Key password accepted as the Basic auth password. Default: <see cref="DefaultSecretPassword"/>.</summary>
    public string SecretPassword { get; set; } = DefaultSecretPassword;

    /// <summary>The seed all generated data and ids derive from: the same seed and the same calls give the same data. Default: 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>The clock for timestamps, "today", MFA lifetimes and injected latency. Default: <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The port to listen on at 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Results per page when a list request sends no <c>page_size</c>. Default: 100, as Belvo.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>How long a <c>numeric</c> or <c>qr</c> challenge stays valid; a later resume gets a new 428. Default: 60 s.</summary>
    public TimeSpan MfaChallengeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an MFA session can be resumed at all; a later resume gets 400 <c>session_expired</c>. Default: 720 s.</summary>
    public TimeSpan MfaSessionLifetime { get; set; } = TimeSpan.FromSeconds(720);

    /// <summary>Whether retrieve calls (POST) on a link made with an MFA username answer 428 once per call. Default: true.</summary>
    public bool RequireMfaOnRetrieve { get; set; } = true;

    /// <summary>How many days of history a recurrent link loads when it becomes valid (transactions, invoices). Default: 90.</summary>
    public int HistoricalDays { get; set; } = 90;

    /// <summary>Where webhooks are posted; null (the default) sends none.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The value sent as the <c>Authorization</c> header with each webhook (for example <c>Bearer abc</c>); null sends none.</summary>
    public string? WebhookAuthorization { get; set; }

    /// <summary>How many times a webhook is attempted before it is given up. Default: 5.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>The base delay of the linear back-off between webhook attempts (real time). Default: 200 ms.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one webhook attempt may take before it counts as failed. Default: 5 s, as Belvo expects.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(5);

    internal BelvoEmulatorOptions Copy() => (BelvoEmulatorOptions)MemberwiseClone();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(SecretId);
        ArgumentException.ThrowIfNullOrEmpty(SecretPassword);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DefaultPageSize, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MfaChallengeLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MfaSessionLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(HistoricalDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HistoricalDays, 3650);
        ArgumentOutOfRangeException.ThrowIfLessThan(WebhookMaxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(WebhookRetryDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(WebhookTimeout, TimeSpan.Zero);
    }
}
