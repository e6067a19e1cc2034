using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxComplianceStatuses;

/// <summary>Tax compliance status (SAT Opinión de cumplimiento) of a fiscal link.</summary>
public interface ITaxComplianceStatusClient
    : IListableResource<TaxComplianceStatus, Guid, TaxComplianceStatusListOptions>,
      IDeletableResource,
      IRetrievableResource<TaxComplianceStatusRetrieveRequest, TaxComplianceStatus>;
