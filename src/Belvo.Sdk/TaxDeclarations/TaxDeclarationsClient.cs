using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxDeclarations;

internal sealed class TaxDeclarationsClient(BelvoConnection connection)
    : DeletableResourceClient<TaxDeclaration, TaxDeclarationListOptions>(connection), ITaxDeclarationsClient
{
    private readonly ITaxDeclarationsApi _api = connection.CreateApi<ITaxDeclarationsApi>();

    public Task<IReadOnlyList<TaxDeclaration>> RetrieveAsync(TaxDeclarationsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<TaxDeclaration>> PageType => BelvoConnection.Json.BelvoPageTaxDeclaration;

    protected override Task<BelvoPage<TaxDeclaration>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<TaxDeclaration> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);
}
