using Microsoft.OpenApi;
using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>
/// Builds the operation table from the spec (every non-Payments operation, its request and response types from the
/// models already built) and the overlay (resource names, verbs, answers the spec gets wrong, extra operations).
/// </summary>
internal static class OperationBuilder
{
    private static readonly HashSet<string> InstitutionVerbs = new(StringComparer.Ordinal) { "Retrieve", "Resume" };

    /// <summary>Which resource owns an operation, the SDK's verb for it and its overlay entry, from the path alone.</summary>
    public static (string Resource, ResourceOverlay Overlay, string Verb, OperationOverlay? Operation) Name(Overlay overlay, string method, string specPath)
    {
        var path = WithSlash(specPath);
        var hasId = path.Contains("{id}", StringComparison.Ordinal);
        var collection = path.EndsWith("/{id}/", StringComparison.Ordinal) ? path[..^"{id}/".Length] : path;
        var (resourceName, resource) = overlay.Resources.FirstOrDefault(pair => pair.Value.AllPaths.Contains(collection) || pair.Value.AllPaths.Contains(path));
        if (resource is null)
        {
            throw new InvalidDataException($"No resource of spec/operations.yaml owns {path}. Add it to a resource's path(s).");
        }

        var entry = Find(resource, method, path, hasId);
        var verb = entry?.Name ?? DefaultVerb(method, hasId)
            ?? throw new InvalidDataException($"{method} {path} has no default verb; name it in spec/operations.yaml.");
        return (resourceName, resource, verb, entry);
    }

    /// <summary>The name of a body the description leaves unnamed: the overlay's, or <c>{Resource}{Verb}Request</c>.</summary>
    public static string? InlineRootName(Overlay overlay, SpecRoot root)
    {
        var (resource, _, verb, entry) = Name(overlay, root.Method, root.Path);
        // An asynchronous answer is Belvo's one {request_id} shape wherever it comes from.
        return root.Direction == Direction.Request
            ? entry?.Request ?? $"{resource}{verb}Request"
            : root.Status == "202" ? "AsyncRequestAccepted" : entry?.Returns ?? $"{resource}{verb}Result";
    }

    /// <summary>Whether the generator writes a type for a body: not when the overlay replaces it with a hand-written one.</summary>
    public static bool IsGenerated(Overlay overlay, SpecRoot root) =>
        root.Direction != Direction.Request || Name(overlay, root.Method, root.Path).Operation?.HandWritten != true;

    public static OperationSet Build(OpenApiDocument document, ModelSet models, Overlay overlay)
    {
        var byResource = overlay.Resources.Keys.ToDictionary(name => name, _ => new List<OperationModel>(), StringComparer.Ordinal);
        foreach (var (specPath, item) in document.Paths.Where(pair => Model.Scope.IsInScope(pair.Key)))
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var verb = method.Method.ToUpperInvariant();
                var (resourceName, resource, _, _) = Name(overlay, verb, specPath);
                byResource[resourceName].Add(Operation(resourceName, resource, verb, specPath, WithSlash(specPath), operation, models));
            }
        }

        var resources = new List<ResourceModel>();
        foreach (var (name, resource) in overlay.Resources)
        {
            var operations = byResource[name];
            foreach (var extra in resource.Extra ?? [])
            {
                operations.Add(Extra(name, resource, extra, operations));
            }

            if (operations.Count == 0)
            {
                throw new InvalidDataException($"Resource {name} of spec/operations.yaml has no operation in the spec.");
            }

            var duplicate = operations.GroupBy(operation => operation.Name).FirstOrDefault(group => group.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidDataException($"Resource {name} has two operations named {duplicate.Key}; name one in spec/operations.yaml.");
            }

            var order = new[] { "List", "Get", "Retrieve", "Resume", "Delete" };
            operations.Sort((a, b) => Rank(a).CompareTo(Rank(b)) is var byRank and not 0 ? byRank : string.CompareOrdinal(a.Name, b.Name));
            resources.Add(new ResourceModel(name, resource.Summary, resource.Id == "int" ? TypeRef.Int : TypeRef.Guid, operations));

            int Rank(OperationModel operation) => Array.IndexOf(order, operation.Name) is var index and >= 0 ? index : order.Length;
        }

        return new OperationSet(resources);
    }

    private static OperationModel Operation(
        string resourceName, ResourceOverlay resource, string method, string specPath, string path, OpenApiOperation operation, ModelSet models)
    {
        var hasId = path.Contains("{id}", StringComparison.Ordinal);
        var overlay = Find(resource, method, path, hasId);
        var verb = overlay?.Name ?? DefaultVerb(method, hasId)!;

        var request = overlay?.HandWritten == true
            ? TypeRef.Record(overlay.Request ?? throw new InvalidDataException($"{method} {path} is hand-written but names no request type."))
            : models.Roots.Where(root => root.Key.Path == specPath && root.Key.Method == method && root.Key.Status is null)
                .Select(root => root.Value).FirstOrDefault();

        // The answer read: 200 before 201 (a retrieval's saved and unsaved answers have one body), an asynchronous 202
        // only when it is all there is; a delete reads nothing (its asynchronous 202 is an operation of its own).
        var response = verb == "Delete" ? null : models.Roots
            .Where(root => root.Key.Path == specPath && root.Key.Method == method && root.Key.Status is not null)
            .OrderBy(root => root.Key.Status == "202" ? 1 : 0).ThenBy(root => root.Key.Status, StringComparer.Ordinal)
            .Select(root => root.Value).FirstOrDefault();

        var mode = overlay?.Mode is { } declared
            ? Enum.Parse<ResponseMode>(declared)
            : response is null ? ResponseMode.None : response.Kind == TypeKind.Page ? ResponseMode.Page : ResponseMode.Json;
        var (result, item) = mode switch
        {
            ResponseMode.Page => (response!.Item, response.Item),
            ResponseMode.ListOrSingle => (TypeRef.ListOf(ItemOf(response, path)), ItemOf(response, path)),
            ResponseMode.SingleOrList => (ItemOf(response, path), ItemOf(response, path)),
            ResponseMode.None => ((TypeRef?)null, (TypeRef?)null),
            _ => (response, null),
        };

        var requestModel = request is null ? null : models.Records.FirstOrDefault(record => record.Name == request.Name);
        return new OperationModel
        {
            Resource = resourceName,
            Name = verb,
            Method = method,
            Path = path,
            Request = request,
            Mode = mode,
            Result = result,
            Item = item,
            ReachesInstitution = overlay?.Institution ?? InstitutionVerbs.Contains(verb),
            IsPublic = overlay?.Public ?? true,
            Validate = overlay?.Validate ?? false,
            ResumeTakesSaveData = requestModel?.Properties.Any(property => property.WireName == "save_data") ?? false,
            Docs = overlay is null ? null : Docs(overlay.Summary ?? operation.Summary, overlay.RequestDoc, overlay.ReturnsDoc, overlay.Exceptions),
            Filters = mode == ResponseMode.Page ? FilterBuilder.Build(operation, item!, models, resource.Filters) : [],
            ListOptionsName = verb == "List" ? resource.ListOptions : null,
        };
    }

    private static OperationModel Extra(string resourceName, ResourceOverlay resource, ExtraOperation extra, List<OperationModel> specOperations)
    {
        var path = extra.Path ?? resource.AllPaths.Single();
        var request = extra.Request is null ? null : specOperations.FirstOrDefault(operation => operation.Path == path && operation.Method == extra.Method)?.Request
            ?? TypeRef.Record(extra.Request);
        if (request?.Name != extra.Request)
        {
            throw new InvalidDataException($"{resourceName}.{extra.Name} declares request {extra.Request}, but the spec's {extra.Method} {path} takes {request?.Name}.");
        }

        return new OperationModel
        {
            Resource = resourceName,
            Name = extra.Name,
            Method = extra.Method,
            Path = path,
            Request = request,
            Mode = ResponseMode.Json,
            Result = TypeRef.Record(extra.Returns),
            ReachesInstitution = extra.Header is null && InstitutionVerbs.Contains(extra.Name),
            IsPublic = extra.Public,
            Header = extra.Header,
            Docs = Docs(extra.Summary, extra.RequestDoc, extra.ReturnsDoc, null),
            InSpec = false,
        };
    }

    private static OperationDocs Docs(string? summary, string? request, string? returns, Dictionary<string, string>? exceptions) =>
        new(summary?.Trim(), request?.Trim(), returns?.Trim(), exceptions ?? new Dictionary<string, string>());

    private static TypeRef ItemOf(TypeRef? response, string path) => response switch
    {
        null => throw new InvalidDataException($"{path} documents no answer to read leniently."),
        { Kind: TypeKind.List, Item: { } item } => item,
        { Kind: TypeKind.Page } => throw new InvalidDataException($"{path} answers a page; it cannot be read as an object or a list."),
        _ => response,
    };

    private static OperationOverlay? Find(ResourceOverlay resource, string method, string path, bool hasId)
    {
        var operations = resource.Operations;
        if (operations is null)
        {
            return null;
        }

        return operations.GetValueOrDefault($"{method} {path}")
            ?? operations.GetValueOrDefault(hasId ? $"{method} {{id}}" : method);
    }

    private static string? DefaultVerb(string method, bool hasId) => (method, hasId) switch
    {
        ("GET", false) => "List",
        ("GET", true) => "Get",
        ("POST", false) => "Retrieve",
        ("PATCH", false) => "Resume",
        ("DELETE", true) => "Delete",
        _ => null,
    };

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
