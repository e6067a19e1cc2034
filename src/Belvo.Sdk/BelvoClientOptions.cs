namespace Belvo.Sdk;

/// <summary>
/// Settings of a <see cref="BelvoClient"/>. Bind them from configuration (section <c>Belvo</c>) or set them in
/// code. <see cref="ToString"/> never shows the secret key password.
/// </summary>
public sealed class BelvoClientOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "Belvo";

    /// <summary>Gets or sets the Secret Key ID (the Basic auth user name). Required.</summary>
    public string? SecretId { get; set; }

    /// <summary>Gets or sets the Secret Key Password (the Basic auth password). Required; never logged.</summary>
    public string? SecretPassword { get; set; }

    /// <summary>Gets or sets the Belvo environment to call. Ignored when <see cref="BaseAddress"/> is set. Default sandbox.</summary>
    public BelvoEnvironment Environment { get; set; } = BelvoEnvironment.Sandbox;

    /// <summary>
    /// Gets or sets an explicit base address (scheme and host, for example a proxy or a local emulator),
    /// replacing <see cref="Environment"/>. Must be HTTPS unless it points to the loopback interface.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets how long one attempt of a read (GET, DELETE) may take before a
    /// <see cref="Errors.BelvoTimeoutException"/>. Default 30 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how long one attempt of a call that reaches the institution (POST, PUT, PATCH) may take.
    /// Large transaction or invoice ranges can take minutes. Default 5 minutes.
    /// </summary>
    public TimeSpan RetrieveTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the retry policy. Defaults to Belvo's documented policy.</summary>
    public BelvoRetryOptions Retry { get; set; } = new();

    /// <summary>Gets or sets an optional product token (for example <c>MyLender/2.1</c>) appended to the User-Agent.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Gets the base address calls go to: <see cref="BaseAddress"/>, or the <see cref="Environment"/>'s.</summary>
    /// <returns>The base address.</returns>
    public Uri ResolveBaseAddress() => BaseAddress ?? Environment switch
    {
        BelvoEnvironment.Sandbox => new Uri("https://sandbox.belvo.com"),
        BelvoEnvironment.Development => new Uri("https://development.belvo.com"),
        BelvoEnvironment.Production => new Uri("https://api.belvo.com"),
        _ => throw new InvalidOperationException(
            $"Unknown Belvo environment '{Environment}'. Use Sandbox, Development or Production, or set BaseAddress."),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"BelvoClientOptions {{ SecretId = {SecretId}, SecretPassword = {(string.IsNullOrEmpty(SecretPassword) ? "(not set)" : "***")}, " +
        $"BaseAddress = {(BaseAddress is null ? Environment.ToString() : BaseAddress.ToString())}, Timeout = {Timeout}, " +
        $"RetrieveTimeout = {RetrieveTimeout}, MaxRetries = {Retry.MaxRetries} }}";
}
