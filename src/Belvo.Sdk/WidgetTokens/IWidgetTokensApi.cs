using Refit;

namespace Belvo.Sdk.WidgetTokens;

/// <summary>Belvo's <c>/api/token/</c> endpoint, as Refit sends it.</summary>
internal interface IWidgetTokensApi
{
    [Post("/api/token/")]
    Task<WidgetToken> CreateAsync([Body] WidgetTokenBody body, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
