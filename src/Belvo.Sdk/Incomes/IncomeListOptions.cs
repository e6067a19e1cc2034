using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Incomes;

/// <summary>Filters for listing with <c>GET /api/incomes/</c>, as Belvo documents them.</summary>
public sealed record IncomeListOptions : LinkDataListOptions
{
    /// <summary>Gets the account whose items to list (<c>account</c>).</summary>
    public Guid? Account { get; init; }

    /// <summary>Gets the accounts whose items to list (<c>account__in</c>).</summary>
    public IReadOnlyList<Guid>? AccountIn { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("account", Account);
        query.AddList("account__in", AccountIn);
    }
}
