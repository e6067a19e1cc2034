using System.Globalization;
using Belvo.Sdk.Testing.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Belvo.Sdk.Testing.Faults;

/// <summary>Renders an injected failure: a Belvo JSON error array, or a gateway-style HTML page.</summary>
internal static class FaultResponses
{
    public static ApiResponse Create(PlannedFailure failure, ApiErrors errors)
    {
        var status = failure.StatusCode;
        var html = failure.Body == FaultBody.Html || (failure.Body == FaultBody.Auto && status is 502 or 503 or 504);
        if (html)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"{status} {ReasonPhrases.GetReasonPhrase(status)}");
            return new ApiResponse
            {
                StatusCode = status,
                ContentType = "text/html; charset=utf-8",
                Text = $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n</body>\r\n</html>\r\n",
            };
        }

        var (code, message) = status switch
        {
            400 => (ErrorCodes.TooManySessions, ErrorCodes.TooManySessionsMessage),
            401 => (ErrorCodes.AuthenticationFailed, ErrorCodes.InvalidSecretKeys),
            404 => (ErrorCodes.NotFound, ErrorCodes.NotFoundMessage),
            408 => (ErrorCodes.RequestTimeout, ErrorCodes.RequestTimeoutMessage),
            502 or 503 or 504 => (ErrorCodes.ServiceUnavailable, ErrorCodes.ServiceUnavailableMessage),
            _ => (ErrorCodes.UnexpectedError, ErrorCodes.UnexpectedErrorMessage),
        };
        return errors.Error(status, code, message);
    }
}
