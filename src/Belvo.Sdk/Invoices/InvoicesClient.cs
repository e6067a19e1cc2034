using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Invoices;

internal sealed class InvoicesClient(BelvoConnection connection)
    : ResumableResourceClient<Invoice, InvoiceListOptions>(connection), IInvoicesClient
{
    private readonly IInvoicesApi _api = connection.CreateApi<IInvoicesApi>();

    public Task<IReadOnlyList<Invoice>> RetrieveAsync(InvoicesRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<Invoice>> PageType => BelvoConnection.Json.BelvoPageInvoice;

    protected override Task<BelvoPage<Invoice>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task<Invoice> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<Invoice>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
