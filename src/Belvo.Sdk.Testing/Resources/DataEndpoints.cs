using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Links;
using Belvo.Sdk.Testing.Mfa;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Store;
using Belvo.Sdk.Testing.Webhooks;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>
/// The five routes of a data resource: <c>GET</c> list, <c>POST</c> retrieve, <c>PATCH</c> resume (when it has one),
/// <c>GET {id}</c> detail and <c>DELETE {id}</c>.
/// </summary>
internal sealed class DataEndpoints(EmulatorContext context, Listing listing)
{
    public void Map(Router router, DataResource resource) => Map(router, resource, list: true, retrieve: true, detail: true, delete: true);

    /// <summary>Maps the routes the resource has: a list, a retrieve call (and its resume), a detail, a delete.</summary>
    public void Map(Router router, DataResource resource, bool list, bool retrieve, bool detail, bool delete)
    {
        var collection = resource.Collection;
        var item = collection + "{id}/";
        if (list)
        {
            router.Map("GET", collection, request => List(resource, request));
        }

        if (retrieve)
        {
            router.Map("POST", collection, request => Retrieve(resource, request));
        }

        if (retrieve && resource.Resumable)
        {
            router.Map("PATCH", collection, request => Resume(resource, request));
        }

        if (detail)
        {
            router.Map("GET", item, request => listing.Detail(resource.Kind, request));
        }

        if (delete)
        {
            router.Map("DELETE", item, request => listing.Delete(resource.Kind, request));
        }
    }

    /// <summary>
    /// A list: <c>link</c> and <c>link__in</c> select by the link each item was retrieved for (bills carry their link
    /// only inside the account, monthly tax returns and investments not at all); the other filters read the item.
    /// </summary>
    private ApiResponse List(DataResource resource, ApiRequest request)
    {
        if (resource.LinkFilterRequired && string.IsNullOrEmpty(request.QueryValue("link")))
        {
            return context.Errors.Required("link");
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var filtered = false;
        foreach (var (key, value) in request.Query)
        {
            if (key is "link" or "link__in")
            {
                filtered = true;
                wanted.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        var items = context.Store.QueryOwned(resource.Kind, (linkId, _) => !filtered || wanted.Contains(linkId));
        return listing.List(items, resource.Filters, request);
    }

    private ApiResponse Retrieve(DataResource resource, ApiRequest request)
    {
        if (!request.TryReadObject(context.Errors, out var body, out var error) || !TryGetLink(resource, body, out var link, out error))
        {
            return error!;
        }

        var plan = resource.Parse(link, body);
        if (plan.Error is not null)
        {
            return plan.Error;
        }

        var run = plan.Run!;
        var save = JsonBody.Bool(body, "save_data", fallback: true);
        var mfa = CredentialRules.MfaFor(link.Credentials.Username);
        var token = JsonBody.String(body, "token");
        if (mfa != MfaKind.None && context.Options.RequireMfaOnRetrieve && resource.Resumable && !MfaSessions.IsValidToken(token))
        {
            return string.IsNullOrEmpty(token)
                ? context.Mfa.Challenge(link.Id, resource.Name, mfa, (patch, patchBody) => ResumeRun(link.Id, run, JsonBody.Bool(patchBody, "save_data", save), patch))
                : context.Errors.InvalidToken();
        }

        if (resource.SupportsAsync && request.Header("X-Belvo-Request-Mode") == "async")
        {
            return RunAsynchronously(resource, link, run);
        }

        return Respond(run, save, request);
    }

    private ApiResponse Resume(DataResource resource, ApiRequest request) =>
        request.TryReadObject(context.Errors, out var body, out var error)
            ? context.Mfa.Resume(resource.Name, request, body)
            : error!;

    private ApiResponse ResumeRun(string linkId, Func<bool, JsonNode> run, bool save, ApiRequest request) =>
        context.Store.GetLink(linkId) is null ? context.Errors.SessionExpired() : Respond(run, save, request);

    private static ApiResponse Respond(Func<bool, JsonNode> run, bool save, ApiRequest request) =>
        ApiResponse.FromJson(save ? 201 : 200, FieldSelection.Apply(run(save), request));

    /// <summary>Stores the data now, answers 202 with a request id, and announces it with a <c>new_*_available</c> webhook.</summary>
    private ApiResponse RunAsynchronously(DataResource resource, LinkRecord link, Func<bool, JsonNode> run)
    {
        var requestId = context.Ids.NewHex32();
        var count = run(true) is JsonArray items ? items.Count : 1;
        var kind = resource.InstitutionResource.ToLowerInvariant();
        var data = new JsonObject { ["new_" + kind] = count };
        context.Sender.Enqueue(WebhookPayloads.Create(context.Ids, link, resource.InstitutionResource, $"new_{kind}_available", data, requestId));
        return ApiResponse.FromJson(202, new JsonObject { ["request_id"] = requestId });
    }

    /// <summary>Checks the body's link: present, known, usable, at an institution that is up and offers this resource.</summary>
    private bool TryGetLink(DataResource resource, JsonObject body, out LinkRecord link, out ApiResponse? error)
    {
        link = null!;
        var linkId = JsonBody.String(body, "link");
        var found = string.IsNullOrEmpty(linkId) ? null : context.Store.GetLink(linkId);
        var institution = found is null ? null : context.Institutions.Find(found.Institution);
        error = (linkId, found, institution) switch
        {
            (null or "", _, _) => context.Errors.Required("link"),
            (_, null, _) or (_, _, null) => context.Errors.DoesNotExist("link", "id", linkId),
            _ when found.Status == "unconfirmed" => context.Errors.Error(400, ErrorCodes.UnconfirmedLink, ErrorCodes.UnconfirmedLinkMessage),
            _ when found.Status == "invalid" => context.Errors.Error(400, ErrorCodes.InvalidLink, ErrorCodes.InvalidLinkMessage),
            _ when !institution.Supports(resource.InstitutionResource) => context.Errors.Error(400, ErrorCodes.UnsupportedOperation, ErrorCodes.UnsupportedOperationMessage),
            _ when context.Institutions.IsDown(institution.Name) => context.Errors.InstitutionDown(),
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        link = found!;
        return true;
    }
}
