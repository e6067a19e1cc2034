using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Transactions;

/// <summary>Belvo's <c>/api/transactions/</c> endpoints, as Refit sends them.</summary>
internal interface ITransactionsApi
{
    [Get("/api/transactions/")]
    Task<BelvoPage<Transaction>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/transactions/{id}/")]
    Task<Transaction> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/transactions/")]
    Task<IReadOnlyList<Transaction>> RetrieveAsync([Body] TransactionsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/transactions/")]
    [Headers("X-Belvo-Request-Mode: async")]
    Task<AsyncRequestAccepted> RetrieveInBackgroundAsync([Body] TransactionsRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/transactions/")]
    Task<IReadOnlyList<Transaction>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/transactions/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
