namespace Belvo.Sdk;

/// <summary>The read operations of a Belvo resource: list (lazily, page by page) and detail.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="TListOptions">The resource's filters.</typeparam>
public interface IListableResource<TItem, in TId, in TListOptions>
    where TListOptions : ListOptions
{
    /// <summary>
    /// Lists the items matching <paramref name="options"/>. Nothing is sent until the result is enumerated; then
    /// Belvo's pages are requested one at a time, only when the previous one has been consumed, with the largest page
    /// size unless <see cref="ListOptions.PageSize"/> says otherwise. Every matching item is returned unless
    /// <see cref="ListOptions.MaxItems"/> is set. Use <see cref="BelvoPageable{T}.AsPages"/> for the pages themselves.
    /// </summary>
    /// <param name="options">Filters and paging; <see langword="null"/> lists everything.</param>
    /// <param name="requestOptions">Settings for each page request, such as a timeout.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The items, in the order Belvo returns them.</returns>
    /// <exception cref="ArgumentException">A filter breaks a documented rule; the message says which.</exception>
    BelvoPageable<TItem> ListAsync(TListOptions? options = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one item by its identifier.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="fields">Optionally, the fields to return or omit.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="Errors.ResourceNotFoundException">No item has this identifier.</exception>
    Task<TItem> GetAsync(TId id, FieldSelection? fields = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one item by its identifier, with what Belvo answered besides it (status, headers, request id).</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="fields">Optionally, the fields to return or omit.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item and the response metadata.</returns>
    /// <exception cref="Errors.ResourceNotFoundException">No item has this identifier.</exception>
    Task<BelvoResponse<TItem>> GetWithResponseAsync(TId id, FieldSelection? fields = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
