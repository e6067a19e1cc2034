using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Risk;

/// <summary>Filters for listing with <c>GET /api/risk-insights/</c>, as Belvo documents them.</summary>
public sealed record RiskInsightsListOptions : LinkDataListOptions
{
    private protected override void AddResourceFilters(QueryParameters query)
    {
    }
}
