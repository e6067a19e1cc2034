using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Accounts;

/// <summary>Belvo's <c>/api/accounts/</c> endpoints, as Refit sends them.</summary>
internal interface IAccountsApi
{
    [Get("/api/accounts/")]
    Task<BelvoPage<Account>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/accounts/{id}/")]
    Task<Account> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/accounts/")]
    Task<IReadOnlyList<Account>> RetrieveAsync([Body] RetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/accounts/")]
    Task<IReadOnlyList<Account>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/accounts/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
