namespace Belvo.Sdk;

/// <summary>A resource whose items can be deleted from your Belvo account.</summary>
public interface IDeletableResource
{
    /// <summary>Deletes one item from your Belvo account. Belvo answers 204 with no body.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Belvo confirmed the deletion.</returns>
    /// <exception cref="Errors.ResourceNotFoundException">No item has this identifier.</exception>
    Task DeleteAsync(Guid id, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one item from your Belvo account and returns what Belvo answered (status, headers, request id).</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response metadata.</returns>
    /// <exception cref="Errors.ResourceNotFoundException">No item has this identifier.</exception>
    Task<BelvoResponse> DeleteWithResponseAsync(Guid id, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
