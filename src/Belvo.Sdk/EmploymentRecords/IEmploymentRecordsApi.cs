using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.EmploymentRecords;

/// <summary>Belvo's <c>/api/employment-records/</c> endpoints, as Refit sends them.</summary>
internal interface IEmploymentRecordsApi
{
    [Get("/api/employment-records/")]
    Task<BelvoPage<EmploymentRecord>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/employment-records/{id}/")]
    Task<EmploymentRecord> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/employment-records/")]
    Task<IReadOnlyList<EmploymentRecord>> RetrieveAsync([Body] EmploymentRecordsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/employment-records/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
