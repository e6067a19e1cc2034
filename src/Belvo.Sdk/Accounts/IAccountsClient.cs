using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Accounts;

/// <summary>Bank accounts of a link: checking, savings, credit cards, loans, investments.</summary>
public interface IAccountsClient
    : IListableResource<Account, Guid, AccountListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<RetrieveRequest, IReadOnlyList<Account>>;
