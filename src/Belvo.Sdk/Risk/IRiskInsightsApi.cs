using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Risk;

/// <summary>Belvo's <c>/api/risk-insights/</c> endpoints, as Refit sends them.</summary>
internal interface IRiskInsightsApi
{
    [Get("/api/risk-insights/")]
    Task<BelvoPage<RiskInsights>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/risk-insights/{id}/")]
    Task<JsonElement> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/risk-insights/")]
    Task<IReadOnlyList<RiskInsights>> RetrieveAsync([Body] RetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/risk-insights/")]
    Task<IReadOnlyList<RiskInsights>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/risk-insights/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
