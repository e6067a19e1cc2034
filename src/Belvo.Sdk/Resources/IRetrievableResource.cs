namespace Belvo.Sdk;

/// <summary>A resource whose fresh data is retrieved from the institution (POST).</summary>
/// <typeparam name="TRequest">The retrieval request.</typeparam>
/// <typeparam name="TResult">What a retrieval returns.</typeparam>
public interface IRetrievableResource<in TRequest, TResult>
{
    /// <summary>
    /// Retrieves fresh data for a link from its institution. With <c>save_data</c> true (the default) Belvo
    /// also stores it (HTTP 201); with false it only returns it (HTTP 200).
    /// </summary>
    /// <param name="request">What to retrieve.</param>
    /// <param name="requestOptions">Settings for this call; retrievals can take minutes, see <see cref="BelvoClientOptions.InstitutionTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for an MFA token: resume with <c>ResumeAsync</c>, or use <c>RetrieveWithMfaAsync</c>.</exception>
    Task<TResult> RetrieveAsync(TRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retrieves fresh data for a link from its institution, with what Belvo answered besides it:
    /// <see cref="BelvoResponse.IsCreated"/> tells whether Belvo saved it (201) or only returned it (200).
    /// </summary>
    /// <param name="request">What to retrieve.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved and the response metadata.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for an MFA token.</exception>
    Task<BelvoResponse<TResult>> RetrieveWithResponseAsync(TRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
