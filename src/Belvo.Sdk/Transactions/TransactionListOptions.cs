using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Transactions;

/// <summary>Filters for listing with <c>GET /api/transactions/</c>, as Belvo documents them.</summary>
public sealed record TransactionListOptions : ListOptions
{
    /// <summary>Gets the link whose transactions to list. Required by Belvo (<c>link</c>).</summary>
    public Guid? Link { get; init; }

    /// <summary>Gets the account whose transactions to list (<c>account</c>).</summary>
    public Guid? Account { get; init; }

    /// <summary>Gets the accounts whose transactions to list (<c>account__in</c>).</summary>
    public IReadOnlyList<Guid>? AccountIn { get; init; }

    /// <summary>Gets a filter on the account's available balance (<c>account__balance__available</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? AccountBalanceAvailable { get; init; }

    /// <summary>Gets a filter on the account's current balance (<c>account__balance__current</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? AccountBalanceCurrent { get; init; }

    /// <summary>Gets the account type (<c>account_type</c>).</summary>
    public string? AccountType { get; init; }

    /// <summary>Gets the account types (<c>account_type__in</c>).</summary>
    public IReadOnlyList<string>? AccountTypeIn { get; init; }

    /// <summary>Gets a filter on when the institution booked the transaction (<c>accounting_date</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? AccountingDate { get; init; }

    /// <summary>Gets a filter on the transaction amount (<c>amount</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? Amount { get; init; }

    /// <summary>Gets a filter on when Belvo collected the transaction (<c>collected_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CollectedAt { get; init; }

    /// <summary>Gets a filter on when Belvo stored the transaction (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets the credit card bill names (<c>credit_card_data__bill_name__in</c>).</summary>
    public IReadOnlyList<string>? CreditCardBillNameIn { get; init; }

    /// <summary>Gets the currency code, for example MXN (<c>currency</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the currency codes (<c>currency__in</c>).</summary>
    public IReadOnlyList<string>? CurrencyIn { get; init; }

    /// <summary>Gets the institution reference (<c>reference</c>).</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the institution references (<c>reference__in</c>).</summary>
    public IReadOnlyList<string>? ReferenceIn { get; init; }

    /// <summary>Gets the status, for example PROCESSED (<c>status</c>).</summary>
    public TransactionStatus? Status { get; init; }

    /// <summary>Gets the statuses (<c>status__in</c>).</summary>
    public IReadOnlyList<TransactionStatus>? StatusIn { get; init; }

    /// <summary>Gets the direction: INFLOW or OUTFLOW (<c>type</c>).</summary>
    public TransactionType? Type { get; init; }

    /// <summary>Gets the directions (<c>type__in</c>).</summary>
    public IReadOnlyList<TransactionType>? TypeIn { get; init; }

    /// <summary>Gets a filter on the date the transaction took effect (<c>value_date</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateOnly>? ValueDate { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        if (Link is null)
        {
            throw new ArgumentException("Belvo requires a link to list transactions: set TransactionListOptions.Link.");
        }

        query.Add("link", Link);
        query.Add("account", Account);
        query.AddList("account__in", AccountIn);
        query.Add("account__balance__available", AccountBalanceAvailable);
        query.Add("account__balance__current", AccountBalanceCurrent);
        query.Add("account_type", AccountType);
        query.AddList("account_type__in", AccountTypeIn);
        query.Add("accounting_date", AccountingDate);
        query.Add("amount", Amount);
        query.Add("collected_at", CollectedAt);
        query.Add("created_at", CreatedAt);
        query.AddList("credit_card_data__bill_name__in", CreditCardBillNameIn);
        query.Add("currency", Currency);
        query.AddList("currency__in", CurrencyIn);
        query.Add("reference", Reference);
        query.AddList("reference__in", ReferenceIn);
        query.AddValue("status", Status);
        query.AddValues("status__in", StatusIn);
        query.AddValue("type", Type);
        query.AddValues("type__in", TypeIn);
        query.Add("value_date", ValueDate);
    }
}
