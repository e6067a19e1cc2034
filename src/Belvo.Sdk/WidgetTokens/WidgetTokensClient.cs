using Belvo.Sdk.Http;

namespace Belvo.Sdk.WidgetTokens;

internal sealed class WidgetTokensClient(BelvoConnection connection) : IWidgetTokensClient
{
    private readonly IWidgetTokensApi _api = connection.CreateApi<IWidgetTokensApi>();

    public Task<WidgetToken> CreateAsync(WidgetTokenRequest? request = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _api.CreateAsync(WidgetTokenBody.From(request ?? new WidgetTokenRequest(), connection.Options), requestOptions, cancellationToken);
}
