using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Links;

/// <summary>
/// Links: an end user's credentials at one institution, registered with Belvo. Register a link before
/// reading any of the end user's data.
/// </summary>
public interface ILinksClient : IListableResource<Link, Guid, LinkListOptions>, IDeletableResource
{
    /// <summary>
    /// Registers a new link (<c>POST /api/links/</c>). Institutions with MFA answer 428: the
    /// <see cref="Errors.TokenRequiredException"/> carries the session to pass to <see cref="ResumeAsync"/>.
    /// </summary>
    /// <param name="request">The institution, the end user's credentials and the link's settings.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registered link.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for an MFA token.</exception>
    /// <exception cref="Errors.TooManySessionsException">The end user is logged in elsewhere; Belvo's backoff was exhausted.</exception>
    /// <exception cref="Errors.InvalidRequestException">The credentials or fields were rejected.</exception>
    Task<Link> RegisterAsync(LinkRegisterRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes a link registration that answered 428 <c>token_required</c> (<c>PATCH /api/links/</c>):
    /// <c>ResumeAsync(ex.Session, token, ex.Link)</c>.
    /// </summary>
    /// <param name="session">The MFA session from <see cref="Errors.TokenRequiredException.Session"/>.</param>
    /// <param name="token">The token the end user entered; <see langword="null"/> when the challenge expects no input.</param>
    /// <param name="link">The link from <see cref="Errors.TokenRequiredException.Link"/>.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registered link.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for another token.</exception>
    /// <exception cref="Errors.SessionExpiredException">The session expired: register again.</exception>
    Task<Link> ResumeAsync(string session, string? token, Guid link, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates the credentials of a link that became invalid (<c>PUT /api/links/{id}/</c>). For a recurrent
    /// link a successful update triggers a refresh and <c>historical_update</c> webhooks.
    /// </summary>
    /// <param name="id">The link.</param>
    /// <param name="request">The new credentials.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated link.</returns>
    /// <exception cref="Errors.TokenRequiredException">The institution asked for an MFA token: resume with <see cref="ResumeAsync"/>.</exception>
    Task<Link> UpdateCredentialsAsync(Guid id, LinkUpdateCredentialsRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a link between single and recurrent (<c>PATCH /api/links/{id}/</c>). Becoming recurrent takes
    /// effect the next day and needs stored credentials.
    /// </summary>
    /// <param name="id">The link.</param>
    /// <param name="request">The new access mode.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated link.</returns>
    /// <exception cref="Errors.InvalidRequestException">Belvo refused the switch (<c>invalid_access_mode_switch</c>).</exception>
    Task<Link> ChangeAccessModeAsync(Guid id, ChangeAccessModeRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
