using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Transactions;

internal sealed class TransactionsClient(BelvoConnection connection)
    : ResumableResourceClient<Transaction, TransactionListOptions>(connection), ITransactionsClient
{
    private readonly ITransactionsApi _api = connection.CreateApi<ITransactionsApi>();

    public Task<IReadOnlyList<Transaction>> RetrieveAsync(TransactionsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    public Task<AsyncRequestAccepted> RetrieveInBackgroundAsync(TransactionsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveInBackgroundAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<Transaction>> PageType => BelvoConnection.Json.BelvoPageTransaction;

    protected override Task<BelvoPage<Transaction>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<Transaction> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<Transaction>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
