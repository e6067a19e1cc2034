using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Mfa;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Resources;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Links;

/// <summary>
/// <c>/api/links/</c>: list, register (POST), resume (PATCH); <c>/api/links/{id}/</c>: detail, update credentials (PUT),
/// change access mode (PATCH), delete. The credentials decide each login's outcome (see <see cref="EmulatorCredentials"/>).
/// </summary>
internal sealed class LinkEndpoints(EmulatorContext context, Listing listing, HistoricalLoader historical)
{
    private const string Scope = "links";
    private static readonly string[] AccessModes = ["single", "recurrent"];
    private static readonly string[] StorageModes = ["store", "nostore", "30d"];

    private static readonly FilterSet Filters = new FilterSet()
        .IdAndCreatedAt()
        .Text("access_mode", "access_mode", Lookup.Exact)
        .Text("created_by", "created_by", Lookup.NotIn)
        .Text("external_id", "external_id", FilterSet.ExactOrIn)
        .Text("institution", "institution", FilterSet.ExactOrIn)
        .Text("institution_user_id", "institution_user_id", FilterSet.ExactOrIn)
        .Text("refresh_rate", "refresh_rate", Lookup.Exact)
        .Text("status", "status", FilterSet.ExactOrIn);

    /// <summary>How long after a refresh Belvo refuses another one for the same link.</summary>
    private static readonly TimeSpan RefreshCooldown = TimeSpan.FromMinutes(10);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> refreshes = new(StringComparer.Ordinal);

    private ApiErrors Errors => context.Errors;

    public void Map(Router router)
    {
        router.Map("GET", "/api/links/", request => listing.List(EmulatorResource.Links, Filters, request));
        router.Map("POST", "/api/links/", Register);
        router.Map("PATCH", "/api/links/", Resume);
        router.Map("GET", "/api/links/{id}/", request => listing.Detail(EmulatorResource.Links, request));
        router.Map("PUT", "/api/links/{id}/", Update);
        router.Map("PATCH", "/api/links/{id}/", ChangeAccessMode);
        router.Map("DELETE", "/api/links/{id}/", Delete);
        router.Map("POST", "/api/links/{id}/refresh/", Refresh);
    }

    /// <summary>Deletes at once (204), or with <c>X-Belvo-Request-Mode: async</c> answers 202 with a request id.</summary>
    private ApiResponse Delete(ApiRequest request)
    {
        var deleted = listing.Delete(EmulatorResource.Links, request);
        return deleted.StatusCode == 204 && request.Header("X-Belvo-Request-Mode") == "async"
            ? ApiResponse.FromJson(202, new JsonObject { ["request_id"] = context.Ids.NewUuid() })
            : deleted;
    }

    /// <summary>
    /// <c>POST /api/links/{id}/refresh/</c>: 202 with a request id; a second refresh of the link within
    /// <see cref="RefreshCooldown"/> on the emulator clock answers 409 <c>link_refreshed</c> with the minutes left.
    /// </summary>
    private ApiResponse Refresh(ApiRequest request)
    {
        var link = context.Store.GetLink(request.Route("id"));
        if (link is null)
        {
            return Errors.NotFound();
        }

        if (!request.TryReadObject(Errors, out _, out var error))
        {
            return error!;
        }

        var now = context.Now;
        if (refreshes.TryGetValue(link.Id, out var last) && now - last < RefreshCooldown)
        {
            var minutes = (int)Math.Ceiling((RefreshCooldown - (now - last)).TotalMinutes);
            return Errors.Error(409, ErrorCodes.LinkRefreshed, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The link has already been refreshed. Please wait {minutes} minutes before trying again."));
        }

        refreshes[link.Id] = now;
        return ApiResponse.FromJson(202, new JsonObject { ["request_id"] = context.Ids.NewHex32() });
    }

    private ApiResponse Register(ApiRequest request)
    {
        if (!request.TryReadObject(Errors, out var body, out var error))
        {
            return error!;
        }

        var institutionName = JsonBody.String(body, "institution");
        var username = JsonBody.String(body, "username");
        var password = JsonBody.String(body, "password");
        var accessMode = JsonBody.String(body, "access_mode") ?? "recurrent";
        var storage = JsonBody.String(body, "credentials_storage") ?? "store";
        var externalId = JsonBody.String(body, "external_id");
        var institution = string.IsNullOrEmpty(institutionName) ? null : context.Institutions.Find(institutionName);
        error = (institutionName, username) switch
        {
            (null or "", _) => Errors.Required("institution"),
            (_, null or "") => Errors.Required("username"),
            _ when institution is null => Errors.DoesNotExist("institution", "name", institutionName),
            _ when institution.RequiresPassword && string.IsNullOrEmpty(password) => Errors.Required("password"),
            _ when !AccessModes.Contains(accessMode) => Errors.InvalidChoice("access_mode", accessMode),
            _ when !StorageModes.Contains(storage) => Errors.InvalidChoice("credentials_storage", storage),
            _ when accessMode == "recurrent" && storage != "store" => Errors.Invalid("credentials_storage", "Recurrent links must use credentials_storage=store."),
            _ when externalId is { Length: < 3 } => Errors.Error(400, ErrorCodes.MinLength, "Ensure this field has at least 3 characters.", "external_id"),
            _ => null,
        };
        if (error is not null)
        {
            return error;
        }

        var outcome = CredentialRules.Evaluate(username!, password);
        var token = JsonBody.String(body, "token");
        error = LoginFailure(institution!, outcome, token);
        if (error is not null)
        {
            return error;
        }

        var challenge = outcome.Result == LoginResult.Mfa && !MfaSessions.IsValidToken(token);
        var json = LinkFactory.Create(context, institution!.Name, username!, accessMode, WithoutPii(externalId), challenge ? "unconfirmed" : "valid");
        var id = (string)json["id"]!;
        context.Store.AddLink(json, new LinkCredentials(username!, password, storage));
        return challenge
            ? context.Mfa.Challenge(id, Scope, outcome.Mfa, (patch, _) => Confirm(id, 200, patch, null))
            : Confirm(id, 201, request, null);
    }

    private ApiResponse Resume(ApiRequest request) =>
        request.TryReadObject(Errors, out var body, out var error) ? context.Mfa.Resume(Scope, request, body) : error!;

    private ApiResponse Update(ApiRequest request)
    {
        var link = context.Store.GetLink(request.Route("id"));
        if (link is null)
        {
            return Errors.NotFound();
        }

        if (!request.TryReadObject(Errors, out var body, out var error))
        {
            return error!;
        }

        var institution = context.Institutions.Find(link.Institution)!;
        var password = JsonBody.String(body, "password");
        if (institution.RequiresPassword && string.IsNullOrEmpty(password))
        {
            return Errors.Required("password");
        }

        var outcome = CredentialRules.Evaluate(link.Credentials.Username, password);
        var token = JsonBody.String(body, "token");
        error = LoginFailure(institution, outcome, token);
        if (outcome.Result == LoginResult.LoginError)
        {
            context.Store.UpdateLink(link.Id, json => json["status"] = "invalid");
        }

        if (error is not null)
        {
            return error;
        }

        var credentials = link.Credentials with { Password = password };
        if (outcome.Result == LoginResult.Mfa && !MfaSessions.IsValidToken(token))
        {
            context.Store.UpdateLink(link.Id, json => json["status"] = "token_required", credentials);
            return context.Mfa.Challenge(link.Id, Scope, outcome.Mfa, (patch, _) => Confirm(link.Id, 200, patch, null));
        }

        return Confirm(link.Id, 200, request, credentials);
    }

    private ApiResponse ChangeAccessMode(ApiRequest request)
    {
        var link = context.Store.GetLink(request.Route("id"));
        if (link is null)
        {
            return Errors.NotFound();
        }

        if (!request.TryReadObject(Errors, out var body, out var error))
        {
            return error!;
        }

        var mode = JsonBody.String(body, "access_mode");
        error = mode switch
        {
            null or "" => Errors.Required("access_mode"),
            _ when !AccessModes.Contains(mode) => Errors.InvalidChoice("access_mode", mode),
            "recurrent" when link.Credentials.CredentialsStorage != "store" =>
                Errors.Error(400, ErrorCodes.InvalidAccessModeSwitch, ErrorCodes.InvalidAccessModeSwitchMessage),
            _ => null,
        };
        if (error is not null)
        {
            return error;
        }

        var updated = context.Store.UpdateLink(link.Id, json =>
        {
            json["access_mode"] = mode;
            json["refresh_rate"] = LinkFactory.RefreshRate(mode!);
        });
        return updated is null ? Errors.NotFound() : ApiResponse.FromJson(200, FieldSelection.Apply(updated.Json, request));
    }

    /// <summary>The error a login answers with, when it fails: institution down, bad credentials, a wrong up-front token...</summary>
    private ApiResponse? LoginFailure(InstitutionInfo institution, CredentialOutcome outcome, string? token) => outcome.Result switch
    {
        _ when context.Institutions.IsDown(institution.Name) => Errors.InstitutionDown(),
        LoginResult.LoginError => Errors.LoginError(),
        LoginResult.TooManySessions => Errors.TooManySessions(),
        LoginResult.InstitutionDown => Errors.InstitutionDown(),
        LoginResult.Unexpected => Errors.Unexpected(),
        LoginResult.Mfa when !string.IsNullOrEmpty(token) && !MfaSessions.IsValidToken(token) => Errors.InvalidToken(),
        _ => null,
    };

    /// <summary>Marks the link valid (after a login or a completed MFA), loads a recurrent link's history, and answers with the link.</summary>
    private ApiResponse Confirm(string id, int statusCode, ApiRequest request, LinkCredentials? credentials)
    {
        var link = context.Store.UpdateLink(
            id,
            json =>
            {
                json["status"] = "valid";
                json["last_accessed_at"] = Timestamps.Format(context.Now);
            },
            credentials);
        if (link is null)
        {
            return Errors.SessionExpired();
        }

        historical.Load(link);
        foreach (var confirmed in context.LinkConfirmed)
        {
            confirmed(link);
        }

        return ApiResponse.FromJson(statusCode, FieldSelection.Apply(link.Json, request));
    }

    /// <summary>Belvo stores null instead of an external id that looks like personal data; an e-mail address is the case detected here.</summary>
    private static string? WithoutPii(string? externalId) => externalId is not null && externalId.Contains('@', StringComparison.Ordinal) ? null : externalId;
}
