using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.TaxRetentions;

/// <summary>Belvo's <c>/api/tax-retentions/</c> endpoints, as Refit sends them.</summary>
internal interface ITaxRetentionsApi
{
    [Get("/api/tax-retentions/")]
    Task<BelvoPage<TaxRetention>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/tax-retentions/{id}/")]
    Task<TaxRetention> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/tax-retentions/")]
    Task<IReadOnlyList<TaxRetention>> RetrieveAsync([Body] TaxRetentionsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/tax-retentions/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
