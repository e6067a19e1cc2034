using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.TaxComplianceStatuses;

internal sealed class TaxComplianceStatusClient(BelvoConnection connection)
    : DeletableResourceClient<TaxComplianceStatus, TaxComplianceStatusListOptions>(connection), ITaxComplianceStatusClient
{
    private readonly ITaxComplianceStatusApi _api = connection.CreateApi<ITaxComplianceStatusApi>();

    public async Task<TaxComplianceStatus> RetrieveAsync(TaxComplianceStatusRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return FlexibleJson.ReadSingle(await _api.RetrieveAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.TaxComplianceStatus);
    }

    protected override JsonTypeInfo<BelvoPage<TaxComplianceStatus>> PageType => BelvoConnection.Json.BelvoPageTaxComplianceStatus;

    protected override Task<BelvoPage<TaxComplianceStatus>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<TaxComplianceStatus> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
