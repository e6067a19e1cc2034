using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.TaxStatuses;

/// <summary>Belvo's <c>/api/tax-status/</c> endpoints, as Refit sends them.</summary>
internal interface ITaxStatusApi
{
    [Get("/api/tax-status/")]
    Task<BelvoPage<TaxStatus>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/tax-status/{id}/")]
    Task<TaxStatus> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/tax-status/")]
    Task<JsonElement> RetrieveAsync([Body] TaxStatusRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/tax-status/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
