using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.TaxReturns;

/// <summary>Belvo's <c>/api/tax-returns/</c> endpoints, as Refit sends them.</summary>
internal interface ITaxReturnsApi
{
    [Get("/api/tax-returns/")]
    Task<BelvoPage<TaxReturn>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/tax-returns/{id}/")]
    Task<TaxReturn> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/tax-returns/")]
    Task<IReadOnlyList<TaxReturn>> RetrieveAsync([Body] TaxReturnsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/tax-returns/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
