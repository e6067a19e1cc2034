using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Resources;

/// <summary>
/// The list and detail operations of every resource, written once: option defaults and checks, lazy
/// paging through <see cref="PageReader"/>, and field selection. A resource supplies only its two Refit calls.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="TListOptions">The resource's filters.</typeparam>
internal abstract class ResourceClient<TItem, TId, TListOptions>(BelvoConnection connection)
    : IListableResource<TItem, TId, TListOptions>
    where TListOptions : ListOptions, new()
{
    protected BelvoConnection Connection { get; } = connection;

    public IAsyncEnumerable<TItem> ListAsync(TListOptions? options = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new TListOptions();
        var query = options.ToQuery().Values;
        return Connection.Pages.EnumerateAsync(
            token => ListPageCoreAsync(query, requestOptions, token),
            PageType,
            options.MaxItems,
            requestOptions,
            cancellationToken);
    }

    public Task<BelvoPage<TItem>> ListPageAsync(TListOptions? options = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        ListPageCoreAsync((options ?? new TListOptions()).ToQuery().Values, requestOptions, cancellationToken);

    public Task<BelvoPage<TItem>> GetPageAsync(string pageUrl, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pageUrl);
        return Connection.Pages.GetPageAsync(pageUrl, PageType, requestOptions, cancellationToken);
    }

    public Task<TItem> GetAsync(TId id, FieldSelection? fields = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(id, nameof(id));
        return GetCoreAsync(id, FieldSelection.ToQuery(fields), requestOptions, cancellationToken);
    }

    /// <summary>Gets the JSON metadata of the resource's pages (resolved on first use, not at construction).</summary>
    protected abstract JsonTypeInfo<BelvoPage<TItem>> PageType { get; }

    /// <summary>Sends the list request: <c>GET /api/{resource}/?{query}</c>.</summary>
    protected abstract Task<BelvoPage<TItem>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    /// <summary>Sends the detail request: <c>GET /api/{resource}/{id}/?{query}</c>.</summary>
    protected abstract Task<TItem> GetCoreAsync(TId id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
