using System.Net;

namespace Belvo.Sdk.Errors;

/// <summary>Belvo's documented retry rule, in one place: 5xx and 400 <c>too_many_sessions</c> are transient.</summary>
internal static class BelvoErrorClassifier
{
    public static bool IsRetryable(HttpStatusCode? status, string? errorCode) =>
        status is { } s && ((int)s >= 500 && (int)s <= 599
            || (s == HttpStatusCode.BadRequest && errorCode == BelvoErrorCodes.TooManySessions));
}
