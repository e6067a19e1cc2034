using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.InvestmentPortfolios;

/// <summary>Filters for listing with <c>GET /investments/portfolios/</c>, as Belvo documents them.</summary>
public sealed record InvestmentPortfolioListOptions : LinkDataListOptions
{
    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("created_at", CreatedAt);
    }
}
