using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Balances;

/// <summary>Belvo's <c>/api/balances/</c> endpoints, as Refit sends them.</summary>
internal interface IBalancesApi
{
    [Get("/api/balances/")]
    Task<BelvoPage<Balance>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/balances/{id}/")]
    Task<Balance> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/balances/")]
    Task<IReadOnlyList<Balance>> RetrieveAsync([Body] BalancesRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/balances/")]
    Task<IReadOnlyList<Balance>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/balances/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
