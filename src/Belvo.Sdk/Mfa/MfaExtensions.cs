using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Models;

namespace Belvo.Sdk;

/// <summary>
/// Calls that run their MFA rounds with a callback: each 428 <c>token_required</c> becomes an
/// <see cref="MfaChallenge"/> passed to your <see cref="MfaChallengeHandler"/>, and the call is resumed with
/// the token it returns, until Belvo answers with data. A new 428 (for example after an expired code) is
/// another round; a rejected token (400 <c>invalid_token</c>) asks again for the same challenge; a resume
/// answered with 400 <c>session_expired</c> starts the original call again (see <see cref="MfaOptions"/>).
/// </summary>
/// <remarks>
/// Other errors are thrown as they come (see <see cref="Errors.BelvoException"/>); more than
/// <see cref="MfaOptions.MaxRounds"/> challenges throw <see cref="MfaRoundsExceededException"/>; cancelling
/// <c>cancellationToken</c> stops the flow, also while your handler waits for the end user.
/// </remarks>
public static class MfaExtensions
{
    /// <summary>
    /// Registers a link, running its MFA rounds with <paramref name="onChallenge"/>. When the registration is
    /// started again after <c>session_expired</c>, the first link stays behind with status <c>unconfirmed</c>
    /// (its id is <see cref="MfaChallenge.Link"/> of the first challenge): delete it if you keep track.
    /// </summary>
    /// <param name="links">The links resource.</param>
    /// <param name="request">The link to register.</param>
    /// <param name="onChallenge">Shows each challenge to the end user and returns their token.</param>
    /// <param name="options">Rounds and restarts allowed.</param>
    /// <param name="requestOptions">Settings for each call.</param>
    /// <param name="cancellationToken">Cancels the whole flow.</param>
    /// <returns>The registered link.</returns>
    public static Task<Link> RegisterWithMfaAsync(
        this ILinksClient links,
        LinkRegistration request,
        MfaChallengeHandler onChallenge,
        MfaOptions? options = null,
        BelvoRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        return MfaFlow.RunAsync(
            "Links.RegisterWithMfa",
            token => links.RegisterAsync(request, requestOptions, token),
            (pending, mfaToken, token) => links.ResumeAsync(pending.Session, mfaToken, pending.Link, saveData: null, requestOptions, token),
            onChallenge,
            options,
            cancellationToken);
    }

    /// <summary>Updates a link's credentials, running its MFA rounds with <paramref name="onChallenge"/>.</summary>
    /// <param name="links">The links resource.</param>
    /// <param name="id">The link.</param>
    /// <param name="request">The new credentials.</param>
    /// <param name="onChallenge">Shows each challenge to the end user and returns their token.</param>
    /// <param name="options">Rounds and restarts allowed.</param>
    /// <param name="requestOptions">Settings for each call.</param>
    /// <param name="cancellationToken">Cancels the whole flow.</param>
    /// <returns>The updated link.</returns>
    public static Task<Link> UpdateCredentialsWithMfaAsync(
        this ILinksClient links,
        Guid id,
        LinkUpdateCredentialsRequest request,
        MfaChallengeHandler onChallenge,
        MfaOptions? options = null,
        BelvoRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        return MfaFlow.RunAsync(
            "Links.UpdateCredentialsWithMfa",
            token => links.UpdateCredentialsAsync(id, request, requestOptions, token),
            (pending, mfaToken, token) => links.ResumeAsync(pending.Session, mfaToken, pending.Link, saveData: null, requestOptions, token),
            onChallenge,
            options,
            cancellationToken);
    }

    /// <summary>Retrieves fresh data, running its MFA rounds with <paramref name="onChallenge"/>.</summary>
    /// <typeparam name="TRequest">The retrieval request.</typeparam>
    /// <typeparam name="TResult">What a retrieval returns.</typeparam>
    /// <param name="resource">The resource, for example <c>client.Accounts</c>.</param>
    /// <param name="request">What to retrieve.</param>
    /// <param name="onChallenge">Shows each challenge to the end user and returns their token.</param>
    /// <param name="saveData">
    /// The <c>save_data</c> sent with each resume. <see langword="null"/> takes the request's own
    /// <c>SaveData</c> (for the SDK's request types), so a retrieval with <c>SaveData = false</c> stays unsaved
    /// when it is resumed.
    /// </param>
    /// <param name="options">Rounds and restarts allowed.</param>
    /// <param name="requestOptions">Settings for each call.</param>
    /// <param name="cancellationToken">Cancels the whole flow.</param>
    /// <returns>The data retrieved.</returns>
    public static Task<TResult> RetrieveWithMfaAsync<TRequest, TResult>(
        this IMfaRetrievableResource<TRequest, TResult> resource,
        TRequest request,
        MfaChallengeHandler onChallenge,
        bool? saveData = null,
        MfaOptions? options = null,
        BelvoRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        saveData ??= (request as ISaveDataRequest)?.SaveData;
        return MfaFlow.RunAsync(
            MfaScope.RetrieveFlowName(resource),
            token => resource.RetrieveAsync(request, requestOptions, token),
            (pending, mfaToken, token) => resource.ResumeAsync(pending.Session, mfaToken, pending.Link, saveData, requestOptions, token),
            onChallenge,
            options,
            cancellationToken);
    }
}
