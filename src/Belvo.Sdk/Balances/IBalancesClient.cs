using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Balances;

/// <summary>Daily balances of a link's checking and savings accounts.</summary>
public interface IBalancesClient
    : IListableResource<Balance, Guid, BalanceListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<BalancesRetrieveRequest, IReadOnlyList<Balance>>;
