namespace Belvo.Sdk.Errors;

/// <summary>The error codes Belvo documents, as they appear in <see cref="BelvoError.Code"/>.</summary>
public static class BelvoErrorCodes
{
    /// <summary>A session with the institution is already open for these credentials (400, retried).</summary>
    public const string TooManySessions = "too_many_sessions";

    /// <summary>The MFA session being resumed expired; start again with the original call (400).</summary>
    public const string SessionExpired = "session_expired";

    /// <summary>The institution is down; try later (400).</summary>
    public const string InstitutionDown = "institution_down";

    /// <summary>The institution is unavailable (400).</summary>
    public const string InstitutionUnavailable = "institution_unavailable";

    /// <summary>The institution was temporarily deactivated by Belvo (400).</summary>
    public const string InstitutionInactive = "institution_inactive";

    /// <summary>The resource is not supported by this institution (400).</summary>
    public const string UnsupportedOperation = "unsupported_operation";

    /// <summary>The MFA token sent to resume was rejected; ask the end user for it again (400).</summary>
    public const string InvalidToken = "invalid_token";

    /// <summary>The link was invalidated; its credentials need updating (400).</summary>
    public const string InvalidLink = "invalid_link";

    /// <summary>The link's creation was not completed (400).</summary>
    public const string UnconfirmedLink = "unconfirmed_link";

    /// <summary>The requested period is not accepted, for example shorter than 90 days (400).</summary>
    public const string InvalidPeriod = "invalid_period";

    /// <summary>A link without stored credentials cannot become recurrent (400).</summary>
    public const string InvalidAccessModeSwitch = "invalid_access_mode_switch";

    /// <summary>The end user's credentials were rejected by the institution (400).</summary>
    public const string LoginError = "login_error";

    /// <summary>A single <c>nostore</c> link was registered without <c>fetch_resources</c> (400).</summary>
    public const string InvalidFetchResources = "invalid_fetch_resources";

    /// <summary>A recurrent link was registered with a <c>credentials_storage</c> other than <c>store</c> (400).</summary>
    public const string InvalidCredentialsStorage = "invalid_credentials_storage";

    /// <summary>The link was refreshed less than 10 minutes ago (409).</summary>
    public const string LinkRefreshed = "link_refreshed";

    /// <summary>The end user closed every account an open-finance consent covered (401): ask for a new consent.</summary>
    public const string ConsentWithoutAccounts = "consent_without_accounts";

    /// <summary>The secret keys are invalid (401).</summary>
    public const string AuthenticationFailed = "authentication_failed";

    /// <summary>The account has no access to this product (403).</summary>
    public const string AccessToResourceDenied = "access_to_resource_denied";

    /// <summary>The resource does not exist (404).</summary>
    public const string NotFound = "not_found";

    /// <summary>Belvo timed out; retry asking for less data (408).</summary>
    public const string RequestTimeout = "request_timeout";

    /// <summary>The institution asked for an MFA token (428).</summary>
    public const string TokenRequired = "token_required";

    /// <summary>Belvo met an internal or unexpected institution error (500).</summary>
    public const string UnexpectedError = "unexpected_error";
}
