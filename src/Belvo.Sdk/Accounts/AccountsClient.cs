using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Accounts;

internal sealed class AccountsClient(BelvoConnection connection)
    : ResumableResourceClient<Account, AccountListOptions>(connection), IAccountsClient
{
    private readonly IAccountsApi _api = connection.CreateApi<IAccountsApi>();

    public Task<IReadOnlyList<Account>> RetrieveAsync(RetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<Account>> PageType => BelvoConnection.Json.BelvoPageAccount;

    protected override Task<BelvoPage<Account>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<Account> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<Account>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
