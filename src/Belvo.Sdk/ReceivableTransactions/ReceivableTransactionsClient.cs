using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.ReceivableTransactions;

internal sealed class ReceivableTransactionsClient(BelvoConnection connection)
    : DeletableResourceClient<ReceivableTransaction, ReceivableTransactionListOptions>(connection), IReceivableTransactionsClient
{
    private readonly IReceivableTransactionsApi _api = connection.CreateApi<IReceivableTransactionsApi>();

    public async Task<IReadOnlyList<ReceivableTransaction>> RetrieveAsync(ReceivableTransactionsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return FlexibleJson.ReadList(await _api.RetrieveAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.ReceivableTransaction);
    }

    protected override JsonTypeInfo<BelvoPage<ReceivableTransaction>> PageType => BelvoConnection.Json.BelvoPageReceivableTransaction;

    protected override Task<BelvoPage<ReceivableTransaction>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<ReceivableTransaction> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
