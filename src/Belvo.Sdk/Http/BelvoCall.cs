using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// One call on its way through the request path. It travels with the request (in <see cref="HttpRequestMessage.Options"/>)
/// so that every handler knows the operation and the caller's settings, and it carries what one layer learns for the
/// next: the current attempt's deadline, which also bounds reading the body, and an error body already parsed by the
/// retry handler, so a body is parsed once.
/// </summary>
internal sealed class BelvoCall : IDisposable
{
    /// <summary>The key of the call in <see cref="HttpRequestMessage.Options"/> (Refit's <c>[Property]</c> uses the same string).</summary>
    public const string PropertyKey = "Belvo.Call";

    private static readonly HttpRequestOptionsKey<BelvoCall> Key = new(PropertyKey);

    private CancellationTokenSource? _attemptTimeout;
    private CancellationTokenSource? _attemptToken;
    private CancellationToken _callerToken;

    public BelvoCall(BelvoOperation operation, BelvoRequestOptions? requestOptions, bool captureResponse = false)
    {
        Operation = operation;
        RequestOptions = requestOptions;
        CaptureResponse = captureResponse;
    }

    public BelvoOperation Operation { get; }

    public BelvoRequestOptions? RequestOptions { get; }

    /// <summary>Gets a value indicating whether the caller asked for the response metadata (a <c>…WithResponseAsync</c> method).</summary>
    public bool CaptureResponse { get; }

    /// <summary>Gets the response metadata, once read, when <see cref="CaptureResponse"/> is set.</summary>
    public BelvoResponse? Response { get; set; }

    /// <summary>Gets how many attempts were sent so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Gets the attempt timeout in force, or <see langword="null"/> when it is infinite.</summary>
    public TimeSpan? AttemptTimeout { get; private set; }

    /// <summary>Gets the token that ends the current attempt: the caller's cancellation or the attempt's timeout.</summary>
    public CancellationToken AttemptToken => _attemptToken?.Token ?? _callerToken;

    /// <summary>Gets a value indicating whether the current attempt ran out of time (rather than being cancelled by the caller).</summary>
    public bool AttemptTimedOut => _attemptTimeout?.IsCancellationRequested == true && !_callerToken.IsCancellationRequested;

    /// <summary>Gets the error body parsed for <see cref="ParsedErrorFor"/>, so it is not parsed again.</summary>
    public BelvoErrorResponse? ParsedError { get; private set; }

    /// <summary>Gets the response <see cref="ParsedError"/> was read from.</summary>
    public HttpResponseMessage? ParsedErrorFor { get; private set; }

    /// <summary>Gets the request of the latest attempt, for messages (its path and query, never its credentials).</summary>
    public HttpRequestMessage? Request { get; private set; }

    /// <summary>Gets or sets the call's traces and metrics, or <see langword="null"/> when nothing listens (see <see cref="CallTelemetry"/>).</summary>
    public CallTelemetry? Telemetry { get; set; }

    public static BelvoCall? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var call) ? call : null;

    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

    /// <summary>
    /// Starts an attempt bounded by <paramref name="timeout"/>, ending the previous attempt's timer first. The deadline
    /// stays in force after the answer's headers arrived, so reading the body is bounded too, until <see cref="EndAttempt"/>.
    /// </summary>
    public CancellationToken BeginAttempt(HttpRequestMessage request, TimeSpan timeout, TimeProvider timeProvider, CancellationToken callerToken)
    {
        EndAttempt();
        Attempts++;
        Request = request;
        _callerToken = callerToken;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            AttemptTimeout = null;
            return callerToken;
        }

        AttemptTimeout = timeout;
        if (ReferenceEquals(timeProvider, TimeProvider.System))
        {
            // One source for both ends of the attempt: linked to the caller's token (when it can be cancelled) and
            // timed by itself. It is cancelled with the caller not cancelled only when the attempt ran out of time.
            var source = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken) : new CancellationTokenSource();
            source.CancelAfter(timeout);
            _attemptTimeout = source;
            _attemptToken = source;
            return source.Token;
        }

        // Another clock (a FakeTimeProvider in tests): the timer must run on it, so it gets a source of its own.
        _attemptTimeout = new CancellationTokenSource(timeout, timeProvider);
        _attemptToken = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _attemptTimeout.Token);
        return _attemptToken.Token;
    }

    /// <summary>Stops the current attempt's timer.</summary>
    public void EndAttempt()
    {
        _attemptToken?.Dispose();
        if (!ReferenceEquals(_attemptTimeout, _attemptToken))
        {
            _attemptTimeout?.Dispose();
        }

        _attemptToken = null;
        _attemptTimeout = null;
    }

    /// <summary>Stops the current attempt's timer (<see cref="EndAttempt"/>).</summary>
    public void Dispose() => EndAttempt();

    public void RememberParsedError(HttpResponseMessage response, BelvoErrorResponse error)
    {
        ParsedErrorFor = response;
        ParsedError = error;
    }

    /// <summary>Builds the exception of an attempt that ran out of time.</summary>
    public BelvoTimeoutException TimedOut(HttpRequestMessage? request, Exception cause)
    {
        var timeout = AttemptTimeout ?? Timeout.InfiniteTimeSpan;
        var target = request?.DescribeTarget() ?? $"{Operation.Method.Method} {Operation.PathTemplate}";
        var setting = Operation.ReachesInstitution ? "BelvoClientOptions.InstitutionTimeout" : "BelvoClientOptions.Timeout";
        return new BelvoTimeoutException(
            $"Belvo did not answer {target} within {timeout}. " +
            (Operation.ReachesInstitution ? "Calls that reach the institution can take minutes: " : string.Empty) +
            $"raise {setting}, or pass BelvoRequestOptions {{ Timeout = ... }} for this call.",
            timeout,
            cause);
    }
}
