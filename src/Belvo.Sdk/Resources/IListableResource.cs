using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Resources;

/// <summary>The read operations every Belvo resource offers: list (all pages or one), and detail.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="TListOptions">The resource's filters.</typeparam>
public interface IListableResource<TItem, in TId, in TListOptions>
    where TListOptions : ListOptions
{
    /// <summary>
    /// Lists the items matching <paramref name="options"/>, following Belvo's pages lazily: a page is requested
    /// only when the previous one has been consumed, and only one page is held in memory. Every matching item
    /// is returned unless <see cref="ListOptions.MaxItems"/> is set.
    /// </summary>
    /// <param name="options">Filters and paging; <see langword="null"/> lists everything.</param>
    /// <param name="requestOptions">Settings for each page request, such as a timeout.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The items, in the order Belvo returns them.</returns>
    IAsyncEnumerable<TItem> ListAsync(TListOptions? options = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the items matching <paramref name="options"/>, for callers who page themselves.</summary>
    /// <param name="options">Filters, page number and page size.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page: total count, its items and the next/previous page links.</returns>
    Task<BelvoPage<TItem>> ListPageAsync(TListOptions? options = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the page at a <see cref="BelvoPage{T}.Next"/> or <see cref="BelvoPage{T}.Previous"/> link. Links to
    /// another host than the configured base address are refused, so the secret keys never leave it.
    /// </summary>
    /// <param name="pageUrl">The page link as Belvo returned it.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<BelvoPage<TItem>> GetPageAsync(string pageUrl, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one item by its identifier.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="fields">Optionally, the fields to return or omit.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="Errors.ResourceNotFoundException">No item has this identifier.</exception>
    Task<TItem> GetAsync(TId id, FieldSelection? fields = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
