using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>
/// Serves every resource of the SDK's operation table that has no hand-written generator (Brazilian open finance,
/// employments, Chile, insights...) from <see cref="SpecTable"/>: lists with the resource's documented filters, detail,
/// delete, retrieve calls with the same link checks, MFA, <c>save_data</c> and 202 answers as the hand-written
/// resources, and items made from the description's item template.
/// </summary>
internal sealed class SpecEndpoints(EmulatorContext context, Listing listing, DataEndpoints endpoints)
{
    /// <summary>Resources served by hand-written endpoints and generators.</summary>
    private static readonly HashSet<string> HandWritten = new(StringComparer.Ordinal)
    {
        "Links", "Institutions", "WidgetTokens", "Accounts", "Transactions", "Balances", "Owners", "Invoices", "TaxReturns", "TaxStatus",
    };

    private const int ItemsPerRetrieve = 3;

    public void Map(Router router)
    {
        foreach (var resource in SpecTable.Resources)
        {
            if (HandWritten.Contains(resource.Name))
            {
                continue;
            }

            if (!Enum.TryParse<EmulatorResource>(resource.Name, out var kind))
            {
                // Without a store kind the resource's own operations answer from their samples.
                MapSamples(router, resource, resource.Operations);
                continue;
            }

            var list = resource.Find("List");
            var collection = list?.Path ?? resource.Find("Retrieve")?.Path;
            if (collection is null || resource.Item is null)
            {
                MapSamples(router, resource, resource.Operations);
                continue;
            }

            var data = Describe(resource, kind, collection);
            endpoints.Map(
                router,
                data,
                list: list is not null,
                retrieve: resource.Find("Retrieve") is not null,
                detail: resource.Find("Get") is not null,
                delete: resource.Find("Delete") is not null);
            if (data.InstitutionResource == "CONSENTS")
            {
                context.LinkConfirmed.Add(link => CreateWithLink(resource, kind, link));
            }

            MapSamples(router, resource, resource.Operations.Where(operation => !IsStandard(operation.Verb)));
        }
    }

    private static bool IsStandard(string verb) => verb is "List" or "Get" or "Retrieve" or "Resume" or "Delete" or "RetrieveInBackground";

    private DataResource Describe(SpecResource resource, EmulatorResource kind, string collection)
    {
        var retrieve = resource.Find("Retrieve");
        var answersObject = retrieve?.Shape == "object";
        return new DataResource
        {
            Name = collection.Trim('/').Replace("api/", string.Empty, StringComparison.Ordinal),
            Path = collection,
            Kind = kind,
            InstitutionResource = InstitutionResource(collection),
            Filters = Filters(resource),
            Resumable = resource.Find("Resume") is not null,
            SupportsAsync = resource.Find("RetrieveInBackground") is not null,
            Parse = (link, body) =>
            {
                if (body.ContainsKey("date_from") || body.ContainsKey("date_to"))
                {
                    if (!RetrieveDates.TryRead(body, context, maxDays: null, out _, out _, out var error))
                    {
                        return RetrievePlan.Fail(error!);
                    }
                }

                return RetrievePlan.Ready(persist =>
                {
                    var items = Generate(resource, kind, link, answersObject ? 1 : ItemsPerRetrieve, persist);
                    return answersObject ? items[0] : new JsonArray([.. items]);
                });
            },
        };
    }

    /// <summary><c>/api/br/investment-transactions/</c> → <c>INVESTMENT_TRANSACTIONS</c>, the name in an institution's resources.</summary>
    private static string InstitutionResource(string collection) =>
        collection.TrimEnd('/')[(collection.TrimEnd('/').LastIndexOf('/') + 1)..].Replace('-', '_').ToUpperInvariant();

    /// <summary>
    /// The documented filters whose field the item template has (a filter on a field the items do not carry, such as
    /// the consents' <c>user_document</c>, is accepted and not applied); <c>link</c> is applied by <see cref="DataEndpoints"/> from the items' owner.
    /// </summary>
    private static FilterSet Filters(SpecResource resource)
    {
        var filters = new FilterSet();
        foreach (var filter in resource.Filters)
        {
            if (filter.Name == "link" || !HasPath(resource.Item, filter.Path))
            {
                continue;
            }

            var kind = filter.Kind switch
            {
                "number" => FieldKind.Number,
                "date" => FieldKind.Date,
                "datetime" => FieldKind.DateTime,
                _ => FieldKind.Text,
            };
            var lookups = filter.Lookups.Select(lookup => lookup switch
            {
                "in" => Lookup.In,
                "not_in" => Lookup.NotIn,
                "gt" => Lookup.Gt,
                "gte" => Lookup.Gte,
                "lt" => Lookup.Lt,
                "lte" => Lookup.Lte,
                "range" => Lookup.Range,
                "icontains" => Lookup.IContains,
                "allin" => Lookup.AllIn,
                _ => Lookup.Exact,
            }).ToArray();
            filters.Add(filter.Name, filter.Path, kind, lookups);
        }

        return filters;
    }

    private static bool HasPath(JsonObject? item, string path)
    {
        JsonNode? node = item;
        foreach (var segment in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.ContainsKey(segment))
            {
                return false;
            }

            node = obj[segment];
        }

        return true;
    }

    /// <summary>The link's items of a resource, made from its template; stored (same ids on a new retrieve) when persisting.</summary>
    private List<JsonObject> Generate(SpecResource resource, EmulatorResource kind, LinkRecord link, int count, bool persist)
    {
        var ids = new IdAssigner(context.Store, context.Ids.NewUuid, kind, link.Id);
        var items = new List<JsonObject>();
        for (var index = 0; index < count; index++)
        {
            var key = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var random = SeededRandom.For(context.Options.Seed, resource.Name, link.Institution, link.Credentials.Username, key);
            var item = TemplateItems.Create(resource.Item!, ids.Assign(key), link.Id, index, random, context.Now);
            items.Add(persist ? context.Store.Upsert(kind, new ItemOwner(link.Id, null, key), item) : item);
        }

        return items;
    }

    /// <summary>Items that come with a link rather than from a retrieve call (an open-finance link's consent).</summary>
    private void CreateWithLink(SpecResource resource, EmulatorResource kind, LinkRecord link)
    {
        if (context.Institutions.Find(link.Institution)?.Supports("CONSENTS") == true)
        {
            Generate(resource, kind, link, 1, persist: true);
        }
    }

    /// <summary>
    /// Operations that are not a stored resource's verbs (an exchange's history, enrichment calls): a list answers a
    /// page of items made from its sample, anything else its sample.
    /// </summary>
    private void MapSamples(Router router, SpecResource resource, IEnumerable<SpecOperation> operations)
    {
        foreach (var operation in operations.Where(operation => operation.Answer is not null))
        {
            var answer = operation.Answer!;
            if (operation.Mode == "Page" && answer["results"] is JsonArray { Count: > 0 } results && results[0] is JsonObject template)
            {
                router.Map(operation.Method, operation.Path, request => Page(resource, operation, template, request));
            }
            else
            {
                var status = operation.Method == "POST" ? 201 : 200;
                router.Map(operation.Method, operation.Path, request => ApiResponse.FromJson(status, answer.DeepClone()));
            }
        }
    }

    private ApiResponse Page(SpecResource resource, SpecOperation operation, JsonObject template, ApiRequest request)
    {
        var parent = request.RouteValues.TryGetValue("id", out var id) ? id : null;
        if (parent is not null && Enum.TryParse<EmulatorResource>(resource.Name, out var kind) && context.Store.Find(kind, parent) is null)
        {
            return context.Errors.NotFound();
        }

        var owner = parent ?? operation.Path;
        var items = Enumerable.Range(0, ItemsPerRetrieve)
            .Select(index => TemplateItems.Create(
                template,
                IdFactory.StableUuid($"{owner}/{index}"),
                null,
                index,
                SeededRandom.For(context.Options.Seed, operation.Path, owner, index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                context.Now))
            .ToList();
        return listing.List(items, new FilterSet(), request);
    }
}
