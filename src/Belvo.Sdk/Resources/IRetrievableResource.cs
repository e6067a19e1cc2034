namespace Belvo.Sdk.Resources;

/// <summary>
/// A resource whose fresh data is retrieved from the institution (POST), and whose retrieval can be resumed
/// after the institution asked for an MFA token (PATCH).
/// </summary>
/// <typeparam name="TRequest">The retrieval request.</typeparam>
/// <typeparam name="TResult">What a retrieval returns.</typeparam>
public interface IRetrievableResource<in TRequest, TResult>
{
    /// <summary>
    /// Retrieves fresh data for a link from its institution. With <c>save_data</c> true (the default) Belvo
    /// also stores it (HTTP 201); with false it only returns it (HTTP 200).
    /// </summary>
    /// <param name="request">What to retrieve.</param>
    /// <param name="requestOptions">Settings for this call; retrievals can take minutes, see <see cref="BelvoRequestOptions.Timeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for an MFA token: resume with <c>ResumeAsync</c>.</exception>
    Task<TResult> RetrieveAsync(TRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
