namespace Belvo.Sdk;

/// <summary>
/// The names under which the SDK reports its traces and metrics, to export them with OpenTelemetry:
/// <c>tracing.AddSource(BelvoTelemetry.ActivitySourceName)</c> and <c>metrics.AddMeter(BelvoTelemetry.MeterName)</c>.
/// Nothing is recorded, and the calls pay almost nothing for it, until a listener subscribes. No span, metric or log
/// line ever holds the secret keys, an end user's credentials, an MFA token, a header or a body.
/// </summary>
public static class BelvoTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>Belvo.Sdk</c>.</summary>
    public const string ActivitySourceName = "Belvo.Sdk";

    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Belvo.Sdk</c> (the same as the webhook
    /// endpoint's in <c>Belvo.Sdk.AspNetCore</c>, so one <c>AddMeter</c> exports both).
    /// </summary>
    public const string MeterName = "Belvo.Sdk";

    /// <summary>The histogram of call durations in seconds, retries and the body's reading included: <c>belvo.client.request.duration</c>.</summary>
    public const string RequestDuration = "belvo.client.request.duration";

    /// <summary>The counter of HTTP attempts sent, one per try of a call: <c>belvo.client.attempts</c>.</summary>
    public const string Attempts = "belvo.client.attempts";

    /// <summary>The counter of retries the retry policy made, with their reason: <c>belvo.client.retries</c>.</summary>
    public const string Retries = "belvo.client.retries";

    /// <summary>The counter of failed calls, by status and Belvo error code: <c>belvo.client.errors</c>.</summary>
    public const string Errors = "belvo.client.errors";

    /// <summary>The counter of MFA rounds (challenges shown to the end user) run by the <c>…WithMfaAsync</c> helpers: <c>belvo.client.mfa.rounds</c>.</summary>
    public const string MfaRounds = "belvo.client.mfa.rounds";
}
