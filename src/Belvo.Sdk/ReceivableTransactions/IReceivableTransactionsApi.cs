using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.ReceivableTransactions;

/// <summary>Belvo's <c>/receivables/transactions/</c> endpoints, as Refit sends them.</summary>
internal interface IReceivableTransactionsApi
{
    [Get("/receivables/transactions/")]
    Task<BelvoPage<ReceivableTransaction>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/receivables/transactions/{id}/")]
    Task<ReceivableTransaction> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/receivables/transactions/")]
    Task<JsonElement> RetrieveAsync([Body] ReceivableTransactionsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/receivables/transactions/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
