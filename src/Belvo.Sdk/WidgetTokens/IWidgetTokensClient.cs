namespace Belvo.Sdk.WidgetTokens;

/// <summary>Access tokens for Belvo's Connect widget, created on your server and handed to the widget.</summary>
public interface IWidgetTokensClient
{
    /// <summary>Creates a widget access token (<c>POST /api/token/</c>).</summary>
    /// <param name="request">Scopes, update-mode link and widget settings; <see langword="null"/> for the default scopes.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The access and refresh tokens.</returns>
    Task<WidgetToken> CreateAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
