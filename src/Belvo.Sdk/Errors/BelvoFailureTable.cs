using System.Net;

namespace Belvo.Sdk.Errors;

/// <summary>
/// The one table that says what every failure means: which exception the caller gets, whether it is retried
/// (<see cref="BelvoException.IsRetryable"/> and the retry handler read the same row) and what the MFA helpers do.
/// Belvo's documented rule: 5xx answers and 400 <c>too_many_sessions</c> are transient; no other 4xx is.
/// </summary>
internal static class BelvoFailureTable
{
    public static readonly BelvoFailure ServerError = new("5xx", IsRetryable: true, MfaReaction.None, (m, r) => new UnexpectedErrorException(m, r));

    public static readonly BelvoFailure TooManySessions = new(BelvoErrorCodes.TooManySessions, IsRetryable: true, MfaReaction.None, (m, r) => new TooManySessionsException(m, r));

    public static readonly BelvoFailure SessionExpired = new(BelvoErrorCodes.SessionExpired, IsRetryable: false, MfaReaction.Restart, (m, r) => new SessionExpiredException(m, r));

    public static readonly BelvoFailure InvalidToken = new(BelvoErrorCodes.InvalidToken, IsRetryable: false, MfaReaction.AskAgain, (m, r) => new InvalidRequestException(m, r));

    public static readonly BelvoFailure InstitutionUnavailable = new("institution unavailable", IsRetryable: false, MfaReaction.None, (m, r) => new InstitutionUnavailableException(m, r));

    public static readonly BelvoFailure InvalidLink = new("invalid link", IsRetryable: false, MfaReaction.None, (m, r) => new InvalidLinkException(m, r));

    public static readonly BelvoFailure InvalidRequest = new("other 400", IsRetryable: false, MfaReaction.None, (m, r) => new InvalidRequestException(m, r));

    public static readonly BelvoFailure AuthenticationFailed = new("401", IsRetryable: false, MfaReaction.None, (m, r) => new AuthenticationFailedException(m, r));

    public static readonly BelvoFailure AccessDenied = new("403", IsRetryable: false, MfaReaction.None, (m, r) => new AccessDeniedException(m, r));

    public static readonly BelvoFailure NotFound = new("404", IsRetryable: false, MfaReaction.None, (m, r) => new ResourceNotFoundException(m, r));

    public static readonly BelvoFailure RequestTimeout = new("408", IsRetryable: false, MfaReaction.None, (m, r) => new RequestTimeoutException(m, r));

    public static readonly BelvoFailure LinkRefreshed = new(BelvoErrorCodes.LinkRefreshed, IsRetryable: false, MfaReaction.None, (m, r) => new LinkRefreshCooldownException(m, r));

    /// <summary>
    /// A 429: refused by a rate limit, not run. Not retried by default (Belvo documents no retry for it); sending it
    /// again after <c>Retry-After</c> is safe, so <see cref="BelvoRetryOptions.RetryTooManyRequests"/> can turn that on.
    /// </summary>
    public static readonly BelvoFailure TooManyRequests = new("429", IsRetryable: false, MfaReaction.None, (m, r) => new TooManyRequestsException(m, r));

    /// <summary>A 3xx answer, or a transport that followed one elsewhere: never followed, never retried.</summary>
    public static readonly BelvoFailure Redirect = new("3xx redirect", IsRetryable: false, MfaReaction.None, (m, r) => new BelvoRedirectException(m, r));

    /// <summary>A 428 <c>token_required</c> with an MFA session; its exception is built by the parser, which reads the session.</summary>
    public static readonly BelvoFailure TokenRequired = new(BelvoErrorCodes.TokenRequired, IsRetryable: false, MfaReaction.NewChallenge, Create: null);

    public static readonly BelvoFailure OtherStatus = new("other status", IsRetryable: false, MfaReaction.None, (m, r) => new BelvoException(m, r));

    public static readonly BelvoFailure ConnectionFailed = new("connection failed", IsRetryable: true, MfaReaction.None, Create: null);

    public static readonly BelvoFailure TimedOut = new("timed out", IsRetryable: false, MfaReaction.None, Create: null);

    public static readonly BelvoFailure UnreadableAnswer = new("unreadable answer", IsRetryable: false, MfaReaction.None, Create: null);

    /// <summary>Gets every row, in the order <see cref="Classify"/> tries them.</summary>
    public static IReadOnlyList<BelvoFailure> Rows { get; } =
    [
        ServerError, TooManySessions, SessionExpired, InvalidToken, InstitutionUnavailable, InvalidLink, InvalidRequest,
        AuthenticationFailed, AccessDenied, NotFound, RequestTimeout, LinkRefreshed, TooManyRequests, TokenRequired, Redirect, OtherStatus,
        ConnectionFailed, TimedOut, UnreadableAnswer,
    ];

    /// <summary>Finds the row of an answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="errorCode">The code of the first error in the body, if any.</param>
    /// <param name="hasMfaSession">Whether a 428 body carried an MFA session to resume.</param>
    /// <returns>The row.</returns>
    public static BelvoFailure Classify(HttpStatusCode status, string? errorCode, bool hasMfaSession = true) => (int)status switch
    {
        >= 500 and <= 599 => ServerError,
        >= 300 and <= 399 => Redirect,
        400 => errorCode switch
        {
            BelvoErrorCodes.TooManySessions => TooManySessions,
            BelvoErrorCodes.SessionExpired => SessionExpired,
            BelvoErrorCodes.InvalidToken => InvalidToken,
            BelvoErrorCodes.InstitutionDown or BelvoErrorCodes.InstitutionUnavailable or BelvoErrorCodes.InstitutionInactive => InstitutionUnavailable,
            BelvoErrorCodes.InvalidLink or BelvoErrorCodes.UnconfirmedLink => InvalidLink,
            _ => InvalidRequest,
        },
        401 => AuthenticationFailed,
        403 => AccessDenied,
        404 => NotFound,
        408 => RequestTimeout,
        409 when errorCode == BelvoErrorCodes.LinkRefreshed => LinkRefreshed,
        429 => TooManyRequests,
        428 when hasMfaSession => TokenRequired,
        _ => OtherStatus,
    };

    /// <summary>Whether an answer's status alone can decide the row, so its body need not be read to classify it.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <returns><see langword="true"/> unless the row depends on Belvo's error code (400, 409) or MFA session (428).</returns>
    public static bool NeedsBody(HttpStatusCode status) => status is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or (HttpStatusCode)428;
}
