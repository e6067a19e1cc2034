using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Balances;

/// <summary>Filters for listing with <c>GET /api/balances/</c>, as Belvo documents them.</summary>
public sealed record BalanceListOptions : LinkDataListOptions
{
    /// <summary>Gets the account whose balances to list (<c>account</c>).</summary>
    public Guid? Account { get; init; }

    /// <summary>Gets the accounts whose balances to list (<c>account__in</c>).</summary>
    public IReadOnlyList<Guid>? AccountIn { get; init; }

    /// <summary>Gets the account type (<c>account__type</c>).</summary>
    public string? AccountType { get; init; }

    /// <summary>Gets the account types (<c>account__type__in</c>).</summary>
    public IReadOnlyList<string>? AccountTypeIn { get; init; }

    /// <summary>Gets a filter on the balance (<c>balance</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? Balance { get; init; }

    /// <summary>Gets the currency code, for example MXN (<c>currency</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the currency codes (<c>currency__in</c>).</summary>
    public IReadOnlyList<string>? CurrencyIn { get; init; }

    /// <summary>Gets the institution name (<c>institution</c>).</summary>
    public string? Institution { get; init; }

    /// <summary>Gets the institution names (<c>institution__in</c>).</summary>
    public IReadOnlyList<string>? InstitutionIn { get; init; }

    /// <summary>Gets a filter on the date of the balance (<c>value_date</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateOnly>? ValueDate { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("account", Account);
        query.AddList("account__in", AccountIn);
        query.Add("account__type", AccountType);
        query.AddList("account__type__in", AccountTypeIn);
        query.Add("balance", Balance);
        query.Add("currency", Currency);
        query.AddList("currency__in", CurrencyIn);
        query.Add("institution", Institution);
        query.AddList("institution__in", InstitutionIn);
        query.Add("value_date", ValueDate);
    }
}
