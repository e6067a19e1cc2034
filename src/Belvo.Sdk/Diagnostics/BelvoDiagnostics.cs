using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/>, the names of every attribute it records and the rules that keep secrets off
/// spans and metrics: values come from the operation table, the request line (never its user information), status
/// codes, Belvo's error codes and request ids, and the SDK's own exception messages, which never quote a credential or a body.
/// </summary>
internal static class BelvoDiagnostics
{
    public const string Operation = "belvo.operation";
    public const string RequestId = "belvo.request_id";
    public const string ErrorCode = "belvo.error.code";
    public const string Institution = "belvo.institution";
    public const string RetryAttempt = "belvo.retry.attempt";
    public const string RetryReason = "belvo.retry.reason";
    public const string RetryDelay = "belvo.retry.delay";
    public const string MfaRound = "belvo.mfa.round";
    public const string MfaType = "belvo.mfa.type";
    public const string MfaRestarts = "belvo.mfa.restarts";
    public const string MfaTokenRejected = "belvo.mfa.token_rejected";

    public const string HttpMethod = "http.request.method";
    public const string StatusCode = "http.response.status_code";
    public const string ResendCount = "http.request.resend_count";
    public const string ErrorType = "error.type";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string UrlFull = "url.full";
    public const string UrlTemplate = "url.template";

    public const string RetryEvent = "belvo.retry";
    public const string MfaChallengeEvent = "belvo.mfa.challenge";
    public const string MfaResumedEvent = "belvo.mfa.resumed";
    public const string MfaRestartedEvent = "belvo.mfa.restarted";

    /// <summary>Every span of the SDK: one per operation (and per page of a list), one per HTTP attempt, one per MFA flow.</summary>
    public static readonly ActivitySource Source = new(BelvoTelemetry.ActivitySourceName, BelvoHttpClientConfigurator.SdkVersion);

    // Status codes as the objects that tags hold, boxed once rather than on every call.
    private static readonly object[] BoxedStatusCodes = [.. Enumerable.Range(0, 600).Select(static code => (object)code)];

    private static readonly string[] StatusTexts = [.. Enumerable.Range(0, 600).Select(static code => code.ToString(CultureInfo.InvariantCulture))];

    // "Belvo Accounts.Retrieve", built once per operation name (a bounded set: the operation table, "Raw" and the MFA flows).
    private static readonly ConcurrentDictionary<string, string> SpanNames = new(StringComparer.Ordinal);

    /// <summary>Gets the name of an operation's span: <c>Belvo Accounts.Retrieve</c>.</summary>
    public static string SpanName(string operation) => SpanNames.GetOrAdd(operation, static name => "Belvo " + name);

    /// <summary>Gets a status code (or any small number) as a tag value, without boxing it on each call.</summary>
    public static object Box(int value) => (uint)value < (uint)BoxedStatusCodes.Length ? BoxedStatusCodes[value] : value;

    /// <summary>Gets a status code as <c>error.type</c> spells it: <c>"503"</c>.</summary>
    public static string StatusText(int statusCode) =>
        (uint)statusCode < (uint)StatusTexts.Length ? StatusTexts[statusCode] : statusCode.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Gets the <c>url.full</c> of a request: scheme, host, port, path and query (Belvo's queries hold link ids, filters
    /// and page numbers, never credentials), and never the URL's user information or fragment.
    /// </summary>
    public static string? SafeUrl(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped) : null;

    /// <summary>Gets the <c>error.type</c> of a failure: the status code of a Belvo answer of 400 or more, else the exception's full type name.</summary>
    public static string ErrorTypeOf(Exception exception) =>
        exception is BelvoException { StatusCode: { } status } && (int)status >= 400
            ? StatusText((int)status)
            : exception.GetType().FullName ?? exception.GetType().Name;

    /// <summary>
    /// Gets the description of a failed span's status: the exception's message, which the SDK builds from the method,
    /// path, status and Belvo's error codes, messages and request ids, never from headers or credentials. The two kinds of
    /// message that quote an answer's body (a body that is not a Belvo error, a successful body that could not be read)
    /// are described without it.
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        BelvoException { StatusCode: { } status, Errors.Count: 0 } =>
            $"Belvo answered {(int)status} with a body the SDK could not use ({exception.GetType().Name}); see the exception for the body.",
        _ => exception.Message,
    };

    /// <summary>Marks a span failed with <paramref name="exception"/>: status Error with <see cref="Describe"/>, and <c>error.type</c>.</summary>
    public static void SetFailed(Activity activity, Exception exception, string errorType)
    {
        activity.SetStatus(ActivityStatusCode.Error, Describe(exception));
        activity.SetTag(ErrorType, errorType);
    }
}
