using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Institutions;

/// <summary>Belvo's <c>/api/institutions/</c> endpoints, as Refit sends them.</summary>
internal interface IInstitutionsApi
{
    [Get("/api/institutions/")]
    Task<BelvoPage<Institution>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/institutions/{id}/")]
    Task<Institution> GetAsync(int id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
