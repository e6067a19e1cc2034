using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.EmploymentRecords;

internal sealed class EmploymentRecordsClient(BelvoConnection connection)
    : DeletableResourceClient<EmploymentRecord, EmploymentRecordListOptions>(connection), IEmploymentRecordsClient
{
    private readonly IEmploymentRecordsApi _api = connection.CreateApi<IEmploymentRecordsApi>();

    public Task<IReadOnlyList<EmploymentRecord>> RetrieveAsync(EmploymentRecordsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<EmploymentRecord>> PageType => BelvoConnection.Json.BelvoPageEmploymentRecord;

    protected override Task<BelvoPage<EmploymentRecord>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<EmploymentRecord> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
