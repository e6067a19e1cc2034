namespace Belvo.Sdk;

/// <summary>A resource whose retrieval can be resumed after a 428 <c>token_required</c> (PATCH).</summary>
/// <typeparam name="TResult">What a resumed retrieval returns.</typeparam>
public interface IResumableResource<TResult>
{
    /// <summary>
    /// Resumes a retrieval that answered 428 <c>token_required</c>, typically
    /// <c>ResumeAsync(ex.Session, token, ex.Link)</c> with the <see cref="Errors.TokenRequiredException"/>'s values.
    /// </summary>
    /// <param name="session">The MFA session from <see cref="Errors.TokenRequiredException.Session"/>.</param>
    /// <param name="token">The token the end user entered; <see langword="null"/> when the challenge expects no input.</param>
    /// <param name="link">The link from <see cref="Errors.TokenRequiredException.Link"/>.</param>
    /// <param name="saveData">Whether Belvo stores the data; <see langword="null"/> keeps Belvo's default (true).</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for another token.</exception>
    /// <exception cref="Errors.SessionExpiredException">The session expired: start again with <c>RetrieveAsync</c>.</exception>
    Task<TResult> ResumeAsync(string session, string? token, Guid link, bool? saveData = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes a retrieval that answered 428 <c>token_required</c>, with what Belvo answered besides the data.</summary>
    /// <param name="session">The MFA session from <see cref="Errors.TokenRequiredException.Session"/>.</param>
    /// <param name="token">The token the end user entered; <see langword="null"/> when the challenge expects no input.</param>
    /// <param name="link">The link from <see cref="Errors.TokenRequiredException.Link"/>.</param>
    /// <param name="saveData">Whether Belvo stores the data; <see langword="null"/> keeps Belvo's default (true).</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data retrieved and the response metadata.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for another token.</exception>
    /// <exception cref="Errors.SessionExpiredException">The session expired: start again with <c>RetrieveAsync</c>.</exception>
    Task<BelvoResponse<TResult>> ResumeWithResponseAsync(string session, string? token, Guid link, bool? saveData = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
