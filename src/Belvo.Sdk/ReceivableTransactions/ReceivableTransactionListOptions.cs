using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.ReceivableTransactions;

/// <summary>Filters for listing with <c>GET /receivables/transactions/</c>, as Belvo documents them.</summary>
public sealed record ReceivableTransactionListOptions : LinkDataListOptions
{
    /// <summary>Gets the account whose items to list (<c>account</c>).</summary>
    public Guid? Account { get; init; }

    /// <summary>Gets the accounts whose items to list (<c>account__in</c>).</summary>
    public IReadOnlyList<Guid>? AccountIn { get; init; }

    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets a filter on the date the transaction took effect (<c>value_date</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateOnly>? ValueDate { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("account", Account);
        query.AddList("account__in", AccountIn);
        query.Add("created_at", CreatedAt);
        query.Add("value_date", ValueDate);
    }
}
