using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.InvestmentPortfolios;

/// <summary>Investment portfolios of a link and the instruments they hold.</summary>
public interface IInvestmentPortfoliosClient
    : IListableResource<InvestmentPortfolio, Guid, InvestmentPortfolioListOptions>,
      IDeletableResource,
      IRetrievableResource<RetrieveRequest, IReadOnlyList<InvestmentPortfolio>>
{
    /// <summary>
    /// Resumes a retrieval that answered 428 <c>token_required</c> (<c>PATCH /investments/portfolios/</c>):
    /// <c>ResumeAsync(ex.Session, token, ex.Link)</c>.
    /// </summary>
    /// <param name="session">The MFA session from <see cref="Errors.TokenRequiredException.Session"/>.</param>
    /// <param name="token">The token the end user entered; <see langword="null"/> when the challenge expects no input.</param>
    /// <param name="link">The link from <see cref="Errors.TokenRequiredException.Link"/>.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved.</returns>
    Task<IReadOnlyList<InvestmentPortfolio>> ResumeAsync(string session, string? token, Guid link, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
