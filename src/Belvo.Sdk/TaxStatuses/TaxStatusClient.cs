using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.TaxStatuses;

internal sealed class TaxStatusClient(BelvoConnection connection)
    : DeletableResourceClient<TaxStatus, TaxStatusListOptions>(connection), ITaxStatusClient
{
    private readonly ITaxStatusApi _api = connection.CreateApi<ITaxStatusApi>();

    public async Task<TaxStatus> RetrieveAsync(TaxStatusRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return FlexibleJson.ReadSingle(await _api.RetrieveAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.TaxStatus);
    }

    protected override JsonTypeInfo<BelvoPage<TaxStatus>> PageType => BelvoConnection.Json.BelvoPageTaxStatus;

    protected override Task<BelvoPage<TaxStatus>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<TaxStatus> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
