using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.TaxComplianceStatuses;

/// <summary>Belvo's <c>/api/tax-compliance-status/</c> endpoints, as Refit sends them.</summary>
internal interface ITaxComplianceStatusApi
{
    [Get("/api/tax-compliance-status/")]
    Task<BelvoPage<TaxComplianceStatus>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/tax-compliance-status/{id}/")]
    Task<TaxComplianceStatus> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/tax-compliance-status/")]
    Task<JsonElement> RetrieveAsync([Body] TaxComplianceStatusRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/tax-compliance-status/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
