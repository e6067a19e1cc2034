using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxRetentions;

internal sealed class TaxRetentionsClient(BelvoConnection connection)
    : DeletableResourceClient<TaxRetention, TaxRetentionListOptions>(connection), ITaxRetentionsClient
{
    private readonly ITaxRetentionsApi _api = connection.CreateApi<ITaxRetentionsApi>();

    public Task<IReadOnlyList<TaxRetention>> RetrieveAsync(TaxRetentionsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<TaxRetention>> PageType => BelvoConnection.Json.BelvoPageTaxRetention;

    protected override Task<BelvoPage<TaxRetention>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<TaxRetention> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
