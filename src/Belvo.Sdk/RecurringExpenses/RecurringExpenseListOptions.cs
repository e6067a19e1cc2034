using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.RecurringExpenses;

/// <summary>Filters for listing with <c>GET /api/recurring-expenses/</c>, as Belvo documents them.</summary>
public sealed record RecurringExpenseListOptions : LinkDataListOptions
{
    /// <summary>Gets the account whose items to list (<c>account</c>).</summary>
    public Guid? Account { get; init; }

    /// <summary>Gets the accounts whose items to list (<c>account__in</c>).</summary>
    public IReadOnlyList<Guid>? AccountIn { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("account", Account);
        query.AddList("account__in", AccountIn);
        // Belvo's specification spells this filter account_in; send both spellings so either server-side name matches.
        query.AddList("account_in", AccountIn);
    }
}
