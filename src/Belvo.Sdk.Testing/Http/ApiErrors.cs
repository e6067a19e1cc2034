using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;

namespace Belvo.Sdk.Testing.Http;

/// <summary>Builds Belvo-shaped error responses: a JSON array of <c>{code, message, request_id, field?}</c>, each with a fresh request id.</summary>
internal sealed class ApiErrors(IdFactory ids)
{
    public JsonObject Item(string code, string message, string? field = null)
    {
        var error = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["request_id"] = ids.NewHex32(),
        };
        if (field is not null)
        {
            error["field"] = field;
        }

        return error;
    }

    public ApiResponse Error(int statusCode, string code, string message, string? field = null) =>
        ApiResponse.FromJson(statusCode, new JsonArray(Item(code, message, field)));

    public ApiResponse Required(string field) => Error(400, ErrorCodes.Required, ErrorCodes.RequiredMessage, field);

    public ApiResponse Invalid(string field, string message) => Error(400, ErrorCodes.Invalid, message, field);

    public ApiResponse InvalidChoice(string field, string value) =>
        Error(400, ErrorCodes.InvalidChoice, string.Create(CultureInfo.InvariantCulture, $"\"{value}\" is not a valid choice."), field);

    public ApiResponse DoesNotExist(string field, string key, string value) =>
        Error(400, ErrorCodes.DoesNotExist, string.Create(CultureInfo.InvariantCulture, $"Object with {key}={value} does not exist."), field);

    public ApiResponse NotFound() => Error(404, ErrorCodes.NotFound, ErrorCodes.NotFoundMessage);

    public ApiResponse Unauthorized() => Error(401, ErrorCodes.AuthenticationFailed, ErrorCodes.InvalidSecretKeys);

    public ApiResponse LoginError() => Error(400, ErrorCodes.LoginError, ErrorCodes.LoginErrorMessage);

    public ApiResponse TooManySessions() => Error(400, ErrorCodes.TooManySessions, ErrorCodes.TooManySessionsMessage);

    public ApiResponse InstitutionDown() => Error(400, ErrorCodes.InstitutionDown, ErrorCodes.InstitutionDownMessage);

    public ApiResponse Unexpected() => Error(500, ErrorCodes.UnexpectedError, ErrorCodes.UnexpectedErrorMessage);

    public ApiResponse SessionExpired() => Error(400, ErrorCodes.SessionExpired, ErrorCodes.SessionExpiredMessage);

    public ApiResponse InvalidToken() => Error(400, ErrorCodes.InvalidToken, ErrorCodes.InvalidTokenMessage, "token");

    public ApiResponse MethodNotAllowed(string method, IEnumerable<string> allowed)
    {
        var response = Error(405, ErrorCodes.MethodNotAllowed, string.Create(CultureInfo.InvariantCulture, $"Method \"{method}\" not allowed."));
        return new ApiResponse
        {
            StatusCode = response.StatusCode,
            Json = response.Json,
            Headers = new Dictionary<string, string> { ["Allow"] = string.Join(", ", allowed) },
        };
    }
}
