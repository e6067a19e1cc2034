using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.TaxDeclarations;

/// <summary>Belvo's <c>/api/tax-declarations/</c> endpoints, as Refit sends them.</summary>
internal interface ITaxDeclarationsApi
{
    [Get("/api/tax-declarations/")]
    Task<BelvoPage<TaxDeclaration>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/tax-declarations/{id}/")]
    Task<TaxDeclaration> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/tax-declarations/")]
    Task<IReadOnlyList<TaxDeclaration>> RetrieveAsync([Body] TaxDeclarationsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/tax-declarations/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
