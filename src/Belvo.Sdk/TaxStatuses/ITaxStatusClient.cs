using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxStatuses;

/// <summary>Tax status documents (SAT Constancia de situación fiscal, DIAN RUT) of a fiscal link; each is a <see cref="TaxStatusSat"/> or a <see cref="TaxStatusDian"/>.</summary>
public interface ITaxStatusClient
    : IListableResource<TaxStatus, Guid, TaxStatusListOptions>,
      IDeletableResource,
      IRetrievableResource<TaxStatusRetrieveRequest, TaxStatus>;
