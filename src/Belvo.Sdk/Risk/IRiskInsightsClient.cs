using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Risk;

/// <summary>Risk insights of a link: windowed metrics of transactions, balances, cash flow, credit cards and loans.</summary>
public interface IRiskInsightsClient
    : IListableResource<RiskInsights, Guid, RiskInsightsListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<RetrieveRequest, IReadOnlyList<RiskInsights>>;
