using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.InvestmentPortfolios;

/// <summary>Belvo's <c>/investments/portfolios/</c> endpoints, as Refit sends them.</summary>
internal interface IInvestmentPortfoliosApi
{
    [Get("/investments/portfolios/")]
    Task<BelvoPage<InvestmentPortfolio>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/investments/portfolios/{id}/")]
    Task<InvestmentPortfolio> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/investments/portfolios/")]
    Task<JsonElement> RetrieveAsync([Body] RetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/investments/portfolios/")]
    Task<JsonElement> ResumeAsync([Body] LinkResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/investments/portfolios/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
