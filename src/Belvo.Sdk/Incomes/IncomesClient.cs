using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Incomes;

internal sealed class IncomesClient(BelvoConnection connection)
    : ResumableResourceClient<Income, IncomeListOptions>(connection), IIncomesClient
{
    private readonly IIncomesApi _api = connection.CreateApi<IIncomesApi>();

    public async Task<IReadOnlyList<Income>> RetrieveAsync(IncomesRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return FlexibleJson.ReadList(await _api.RetrieveAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.Income);
    }

    protected override JsonTypeInfo<BelvoPage<Income>> PageType => BelvoConnection.Json.BelvoPageIncome;

    protected override Task<BelvoPage<Income>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override async Task<Income> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        FlexibleJson.ReadSingle(await _api.GetAsync(id, query, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.Income);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override async Task<IReadOnlyList<Income>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        FlexibleJson.ReadList(await _api.ResumeAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.Income);
}
