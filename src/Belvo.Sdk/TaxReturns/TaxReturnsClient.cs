using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxReturns;

internal sealed class TaxReturnsClient(BelvoConnection connection)
    : DeletableResourceClient<TaxReturn, TaxReturnListOptions>(connection), ITaxReturnsClient
{
    private readonly ITaxReturnsApi _api = connection.CreateApi<ITaxReturnsApi>();

    public Task<IReadOnlyList<TaxReturn>> RetrieveAsync(TaxReturnsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<TaxReturn>> PageType => BelvoConnection.Json.BelvoPageTaxReturn;

    protected override Task<BelvoPage<TaxReturn>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<TaxReturn> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
