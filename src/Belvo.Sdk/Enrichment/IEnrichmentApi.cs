using System.Text.Json;
using Belvo.Sdk.Models;
using Refit;

namespace Belvo.Sdk.Enrichment;

/// <summary>Belvo's enrichment endpoints for your own data (no link needed), as Refit sends them.</summary>
internal interface IEnrichmentApi
{
    [Post("/api/categorization/")]
    Task<CategorizationResult> CategorizeAsync([Body] CategorizationRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/enrich/incomes/")]
    Task<JsonElement> VerifyIncomesAsync([Body] IncomeEnrichmentRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
