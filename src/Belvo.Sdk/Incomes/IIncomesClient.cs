using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Incomes;

/// <summary>Income streams found in a link's checking and savings accounts (Belvo's income verification).</summary>
public interface IIncomesClient
    : IListableResource<Income, Guid, IncomeListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<IncomesRetrieveRequest, IReadOnlyList<Income>>;
