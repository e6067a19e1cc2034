using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Invoices;

/// <summary>Belvo's <c>/api/invoices/</c> endpoints, as Refit sends them.</summary>
internal interface IInvoicesApi
{
    [Get("/api/invoices/")]
    Task<BelvoPage<Invoice>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/invoices/{id}/")]
    Task<Invoice> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/invoices/")]
    Task<IReadOnlyList<Invoice>> RetrieveAsync([Body] InvoicesRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/invoices/")]
    Task<IReadOnlyList<Invoice>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/invoices/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
