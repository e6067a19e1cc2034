using System.Globalization;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;

namespace Belvo.Sdk.Testing.Resources;

/// <summary><c>/api/institutions/</c> (filtered, paginated list) and <c>/api/institutions/{id}/</c> (integer id).</summary>
internal sealed class InstitutionEndpoints(EmulatorContext context, Listing listing)
{
    private static readonly FilterSet Filters = new FilterSet()
        .Add("country_code", "country_codes", FieldKind.TextArray, FilterSet.ExactOrIn)
        .Text("display_name", "display_name", Lookup.Exact)
        .Text("name", "name", FilterSet.ExactOrIn)
        .Add("resources", "resources", FieldKind.TextArray, Lookup.AllIn)
        .Text("status", "status", FilterSet.ExactOrIn)
        .Text("type", "type", FilterSet.ExactOrIn)
        .Text("website", "website", Lookup.Exact);

    public void Map(Router router)
    {
        router.Map("GET", "/api/institutions/", List);
        router.Map("GET", "/api/institutions/{id}/", Detail);
    }

    private ApiResponse List(ApiRequest request) =>
        listing.List(context.Institutions.All.Select(i => i.ToJson(context.Institutions.IsDown(i.Name))), Filters, request);

    private ApiResponse Detail(ApiRequest request) =>
        int.TryParse(request.Route("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && context.Institutions.Find(id) is { } institution
            ? ApiResponse.FromJson(200, FieldSelection.Apply(institution.ToJson(context.Institutions.IsDown(institution.Name)), request))
            : context.Errors.NotFound();
}
