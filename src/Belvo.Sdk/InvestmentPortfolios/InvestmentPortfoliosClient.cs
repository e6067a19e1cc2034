using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.InvestmentPortfolios;

internal sealed class InvestmentPortfoliosClient(BelvoConnection connection)
    : DeletableResourceClient<InvestmentPortfolio, InvestmentPortfolioListOptions>(connection), IInvestmentPortfoliosClient
{
    private readonly IInvestmentPortfoliosApi _api = connection.CreateApi<IInvestmentPortfoliosApi>();

    public async Task<IReadOnlyList<InvestmentPortfolio>> RetrieveAsync(RetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return FlexibleJson.ReadList(await _api.RetrieveAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.InvestmentPortfolio);
    }

    public async Task<IReadOnlyList<InvestmentPortfolio>> ResumeAsync(string session, string? token, Guid link, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(link, nameof(link));
        var body = new LinkResumeRequest { Session = Require.Session(session, nameof(session)), Link = link, Token = token };
        return FlexibleJson.ReadList(await _api.ResumeAsync(body, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.InvestmentPortfolio);
    }

    protected override JsonTypeInfo<BelvoPage<InvestmentPortfolio>> PageType => BelvoConnection.Json.BelvoPageInvestmentPortfolio;

    protected override Task<BelvoPage<InvestmentPortfolio>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<InvestmentPortfolio> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
