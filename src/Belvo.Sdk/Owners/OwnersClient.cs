using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Owners;

internal sealed class OwnersClient(BelvoConnection connection)
    : ResumableResourceClient<Owner, OwnerListOptions>(connection), IOwnersClient
{
    private readonly IOwnersApi _api = connection.CreateApi<IOwnersApi>();

    public Task<IReadOnlyList<Owner>> RetrieveAsync(RetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<Owner>> PageType => BelvoConnection.Json.BelvoPageOwner;

    protected override Task<BelvoPage<Owner>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<Owner> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<Owner>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
