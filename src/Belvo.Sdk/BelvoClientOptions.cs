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
    /// Gets or sets how long one attempt of a call that Belvo answers from its own store (lists, details, deletes,
    /// widget tokens, enrichment) may take, reading the answer included, before a
    /// <see cref="Errors.BelvoTimeoutException"/>. Default 30 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how long one attempt of a call that waits for the institution may take: registering a link,
    /// updating its credentials, retrieving fresh data and resuming after MFA. Large transaction or invoice ranges
    /// can take minutes. Default 5 minutes.
    /// </summary>
    public TimeSpan InstitutionTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The default of <see cref="MaxConnectionsPerServer"/>.</summary>
    public const int DefaultMaxConnectionsPerServer = 20;

    /// <summary>
    /// Gets or sets how many connections the default transport opens to Belvo at most; further concurrent calls wait for
    /// a free connection. Belvo is one host, and calls that reach an institution hold a connection for minutes, so an
    /// unbounded pool can open hundreds of connections under load. Default <see cref="DefaultMaxConnectionsPerServer"/>.
    /// Ignored when you pass your own transport (<see cref="BelvoPipelineOptions.Transport"/>), which keeps its own setting.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

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
            $"Unknown Belvo environment '{Environment}'. Use Sandbox or Production (or Development, which Belvo no longer lists), or set BaseAddress."),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"BelvoClientOptions {{ SecretId = {SecretId}, SecretPassword = {(string.IsNullOrEmpty(SecretPassword) ? "(not set)" : "***")}, " +
        $"BaseAddress = {(BaseAddress is null ? Environment.ToString() : BaseAddress.ToString())}, Timeout = {Timeout}, " +
        $"InstitutionTimeout = {InstitutionTimeout}, MaxRetries = {Retry?.MaxRetries}, MaxConnectionsPerServer = {MaxConnectionsPerServer} }}";

    /// <summary>
    /// Copies the options, so that a client keeps the settings it was built with: changing these options afterwards
    /// (or rotating the password in configuration) never changes a client that exists.
    /// </summary>
    /// <returns>A copy no one else holds.</returns>
    internal BelvoClientOptions Freeze() => new()
    {
        SecretId = SecretId,
        SecretPassword = SecretPassword,
        Environment = Environment,
        BaseAddress = BaseAddress,
        Timeout = Timeout,
        InstitutionTimeout = InstitutionTimeout,
        Retry = Retry.Copy(),
        ApplicationName = ApplicationName,
        MaxConnectionsPerServer = MaxConnectionsPerServer,
    };
}
