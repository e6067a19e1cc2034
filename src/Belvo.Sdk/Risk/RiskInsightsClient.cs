using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Risk;

internal sealed class RiskInsightsClient(BelvoConnection connection)
    : ResumableResourceClient<RiskInsights, RiskInsightsListOptions>(connection), IRiskInsightsClient
{
    private readonly IRiskInsightsApi _api = connection.CreateApi<IRiskInsightsApi>();

    public Task<IReadOnlyList<RiskInsights>> RetrieveAsync(RetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<RiskInsights>> PageType => BelvoConnection.Json.BelvoPageRiskInsights;

    protected override Task<BelvoPage<RiskInsights>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override async Task<RiskInsights> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        FlexibleJson.ReadSingle(await _api.GetAsync(id, query, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.RiskInsights);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<RiskInsights>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
