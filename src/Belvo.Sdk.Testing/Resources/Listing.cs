using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>The read and delete side shared by links and data resources: filtered, paginated lists, detail and delete.</summary>
internal sealed class Listing(EmulatorContext context)
{
    public ApiResponse List(EmulatorResource resource, FilterSet filters, ApiRequest request) =>
        Page(filters, request, filter => context.Store.Query(resource, filter.Matches));

    /// <summary>Filters and pages items that are not in the store (institutions).</summary>
    public ApiResponse List(IEnumerable<JsonObject> items, FilterSet filters, ApiRequest request) =>
        Page(filters, request, filter => items.Where(filter.Matches).ToList());

    public ApiResponse Detail(EmulatorResource resource, ApiRequest request) =>
        context.Store.Find(resource, request.Route("id")) is { } item
            ? ApiResponse.FromJson(200, FieldSelection.Apply(item, request))
            : context.Errors.NotFound();

    private ApiResponse Page(FilterSet filters, ApiRequest request, Func<FilterResult, IReadOnlyList<JsonObject>> select)
    {
        var filter = filters.Build(request.Query);
        return filter.InvalidParameter is { } parameter
            ? context.Errors.Invalid(parameter, "Enter a valid value.")
            : Paginator.Page(select(filter), request, context.BaseAddress, context.Options.DefaultPageSize, context.Errors);
    }

    public ApiResponse Delete(EmulatorResource resource, ApiRequest request)
    {
        var id = request.Route("id");
        if (!context.Store.Delete(resource, id))
        {
            return context.Errors.NotFound();
        }

        if (resource == EmulatorResource.Links)
        {
            context.Mfa.RemoveForLink(id);
        }

        return ApiResponse.NoContent();
    }
}
