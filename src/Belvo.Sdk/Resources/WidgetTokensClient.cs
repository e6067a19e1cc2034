using Belvo.Sdk.Http;
using Belvo.Sdk.Models;

namespace Belvo.Sdk;

/// <content>
/// The public widget-token call, written by hand: its body carries the client's secret keys, which the caller never
/// passes, so the request is built here from the options the client was built with.
/// </content>
public partial interface IWidgetTokensClient
{
    /// <summary>Creates a widget access token (<c>POST /api/token/</c>).</summary>
    /// <param name="request">Scopes, update-mode link and widget settings; <see langword="null"/> for the default scopes.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The access and refresh tokens.</returns>
    Task<WidgetToken> CreateAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a widget access token, with what Belvo answered besides it (status, headers, request id).</summary>
    /// <param name="request">Scopes, update-mode link and widget settings; <see langword="null"/> for the default scopes.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The access and refresh tokens, with the response metadata.</returns>
    Task<BelvoResponse<WidgetToken>> CreateWithResponseAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <content>Builds the widget-token body from the frozen options.</content>
internal sealed partial class WidgetTokensClient
{
    public Task<WidgetToken> CreateAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        CreateCoreAsync(Body(request), new BelvoCall(CreateOperation, requestOptions), cancellationToken);

    public async Task<BelvoResponse<WidgetToken>> CreateWithResponseAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var call = new BelvoCall(CreateOperation, requestOptions, captureResponse: true);
        var token = await CreateCoreAsync(Body(request), call, cancellationToken).ConfigureAwait(false);
        return new BelvoResponse<WidgetToken>(token, call.Response!);
    }

    private WidgetTokenBody Body(WidgetTokenRequest? request) =>
        Require.Body(WidgetTokenBody.From(request ?? new WidgetTokenRequest(), _pipeline.Options), nameof(request));
}
