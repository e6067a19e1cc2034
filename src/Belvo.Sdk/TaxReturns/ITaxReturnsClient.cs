using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxReturns;

/// <summary>SAT tax returns of a fiscal link, yearly or monthly, of a person or a business: switch on the <see cref="TaxReturn"/> subtype.</summary>
public interface ITaxReturnsClient
    : IListableResource<TaxReturn, Guid, TaxReturnListOptions>,
      IDeletableResource,
      IRetrievableResource<TaxReturnsRetrieveRequest, IReadOnlyList<TaxReturn>>;
