using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Institutions;

internal sealed class InstitutionsClient(BelvoConnection connection)
    : ResourceClient<Institution, int, InstitutionListOptions>(connection), IInstitutionsClient
{
    private readonly IInstitutionsApi _api = connection.CreateApi<IInstitutionsApi>();

    protected override JsonTypeInfo<BelvoPage<Institution>> PageType => BelvoConnection.Json.BelvoPageInstitution;

    protected override Task<BelvoPage<Institution>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<Institution> GetCoreAsync(int id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);
}
