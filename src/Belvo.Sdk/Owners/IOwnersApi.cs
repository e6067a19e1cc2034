using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Owners;

/// <summary>Belvo's <c>/api/owners/</c> endpoints, as Refit sends them.</summary>
internal interface IOwnersApi
{
    [Get("/api/owners/")]
    Task<BelvoPage<Owner>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/owners/{id}/")]
    Task<Owner> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/owners/")]
    Task<IReadOnlyList<Owner>> RetrieveAsync([Body] RetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/owners/")]
    Task<IReadOnlyList<Owner>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/owners/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
