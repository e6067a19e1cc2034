using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxRetentions;

/// <summary>Tax retention invoices (SAT Mexico) of a fiscal link.</summary>
public interface ITaxRetentionsClient
    : IListableResource<TaxRetention, Guid, TaxRetentionListOptions>,
      IDeletableResource,
      IRetrievableResource<TaxRetentionsRetrieveRequest, IReadOnlyList<TaxRetention>>;
