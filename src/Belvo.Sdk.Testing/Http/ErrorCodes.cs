namespace Belvo.Sdk.Testing.Http;

/// <summary>The Belvo error codes and messages the emulator answers with (spec 1.35.0 wording where it has one).</summary>
internal static class ErrorCodes
{
    public const string AuthenticationFailed = "authentication_failed";
    public const string InvalidSecretKeys = "Invalid Secret Keys";
    public const string NotFound = "not_found";
    public const string NotFoundMessage = "Not found.";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Required = "required";
    public const string RequiredMessage = "This field is required.";
    public const string Invalid = "invalid";
    public const string InvalidChoice = "invalid_choice";
    public const string DoesNotExist = "does_not_exist";
    public const string MinLength = "min_length";
    public const string ParseError = "parse_error";
    public const string LinkRefreshed = "link_refreshed";
    public const string LoginError = "login_error";
    public const string LoginErrorMessage = "Invalid credentials provided to login to the institution";
    public const string TooManySessions = "too_many_sessions";
    public const string TooManySessionsMessage = "Impossible to login, a session is already opened with the institution for these credentials";
    public const string InstitutionDown = "institution_down";
    public const string InstitutionDownMessage = "The financial institution is down, try again later";
    public const string UnexpectedError = "unexpected_error";
    public const string UnexpectedErrorMessage = "Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution";
    public const string SessionExpired = "session_expired";
    public const string SessionExpiredMessage = "The session you are trying to resume has expired, please start again from register/retrieve endpoint";
    public const string InvalidToken = "invalid_token";
    public const string InvalidTokenMessage = "The token sent is incorrect or has expired, please try again.";
    public const string TokenRequired = "token_required";
    public const string TokenRequiredMessage = "A MFA token is required by the institution to login";
    public const string UnsupportedOperation = "unsupported_operation";
    public const string UnsupportedOperationMessage = "The resource you are trying to access is not supported by this institution";
    public const string InvalidLink = "invalid_link";
    public const string InvalidLinkMessage = "The link has been invalidated. You may need to update link credentials";
    public const string UnconfirmedLink = "unconfirmed_link";
    public const string UnconfirmedLinkMessage = "The link creation has not been completed yet";
    public const string InvalidAccessModeSwitch = "invalid_access_mode_switch";
    public const string InvalidAccessModeSwitchMessage = "This link doesn't have stored credentials hence it can't be switched to recurrent mode";
    public const string RequestTimeout = "request_timeout";
    public const string RequestTimeoutMessage = "The request timed out, you can retry asking for less data by changing your query parameters";
    public const string ServiceUnavailable = "service_unavailable";
    public const string ServiceUnavailableMessage = "The service is temporarily unavailable, try again later";
}
