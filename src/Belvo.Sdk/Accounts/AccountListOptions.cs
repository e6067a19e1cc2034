using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Accounts;

/// <summary>Filters for listing with <c>GET /api/accounts/</c>, as Belvo documents them.</summary>
public sealed record AccountListOptions : LinkDataListOptions
{
    /// <summary>Gets a filter on the available balance (<c>balance__available</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? BalanceAvailable { get; init; }

    /// <summary>Gets a filter on the current balance (<c>balance__current</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? BalanceCurrent { get; init; }

    /// <summary>Gets the account category, for example CHECKING_ACCOUNT (<c>category</c>).</summary>
    public AccountCategory? Category { get; init; }

    /// <summary>Gets the account categories (<c>category__in</c>).</summary>
    public IReadOnlyList<AccountCategory>? CategoryIn { get; init; }

    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets the currency code, for example MXN (<c>currency</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the currency codes (<c>currency__in</c>).</summary>
    public IReadOnlyList<string>? CurrencyIn { get; init; }

    /// <summary>Gets the institution name, for example erebor_mx_retail (<c>institution</c>).</summary>
    public string? Institution { get; init; }

    /// <summary>Gets the institution names (<c>institution__in</c>).</summary>
    public IReadOnlyList<string>? InstitutionIn { get; init; }

    /// <summary>Gets the account name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets part of the account name, case-insensitively (<c>name__icontains</c>).</summary>
    public string? NameContains { get; init; }

    /// <summary>Gets the account number (<c>number</c>).</summary>
    public string? Number { get; init; }

    /// <summary>Gets the account numbers (<c>number__in</c>).</summary>
    public IReadOnlyList<string>? NumberIn { get; init; }

    /// <summary>Gets the public identification name, for example CLABE (<c>public_identification_name</c>).</summary>
    public string? PublicIdentificationName { get; init; }

    /// <summary>Gets the public identification value (<c>public_identification_value</c>).</summary>
    public string? PublicIdentificationValue { get; init; }

    /// <summary>Gets the account type as the institution names it (<c>type</c>).</summary>
    public string? Type { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("balance__available", BalanceAvailable);
        query.Add("balance__current", BalanceCurrent);
        query.AddValue("category", Category);
        query.AddValues("category__in", CategoryIn);
        query.Add("created_at", CreatedAt);
        query.Add("currency", Currency);
        query.AddList("currency__in", CurrencyIn);
        query.Add("institution", Institution);
        query.AddList("institution__in", InstitutionIn);
        query.Add("name", Name);
        query.Add("name__icontains", NameContains);
        query.Add("number", Number);
        query.AddList("number__in", NumberIn);
        query.Add("public_identification_name", PublicIdentificationName);
        query.Add("public_identification_value", PublicIdentificationValue);
        query.Add("type", Type);
    }
}
