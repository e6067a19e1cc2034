using Belvo.Sdk.Http;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Resources;

/// <summary>A resource whose items are identified by a UUID and can be deleted.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TListOptions">The resource's filters.</typeparam>
internal abstract class DeletableResourceClient<TItem, TListOptions>(BelvoConnection connection)
    : ResourceClient<TItem, Guid, TListOptions>(connection), IDeletableResource
    where TListOptions : ListOptions, new()
{
    public Task DeleteAsync(Guid id, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(id, nameof(id));
        return DeleteCoreAsync(id, requestOptions, cancellationToken);
    }

    /// <summary>Sends the delete request: <c>DELETE /api/{resource}/{id}/</c>.</summary>
    protected abstract Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
