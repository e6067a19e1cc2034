using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Invoices;

/// <summary>Fiscal invoices (SAT Mexico, DIAN Colombia) of a fiscal link; each is a <see cref="SatInvoice"/> or a <see cref="DianInvoice"/>.</summary>
public interface IInvoicesClient
    : IListableResource<Invoice, Guid, InvoiceListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<InvoicesRetrieveRequest, IReadOnlyList<Invoice>>;
