using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.TaxReturns;

/// <summary>Filters for listing with <c>GET /api/tax-returns/</c>, as Belvo documents them.</summary>
public sealed record TaxReturnListOptions : LinkDataListOptions
{
    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets a filter on the fiscal year (ejercicio) (<c>ejercicio</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<int>? FiscalYear { get; init; }

    /// <summary>Gets the declaration type (tipo_declaracion), for example NORMAL (<c>tipo_declaracion</c>).</summary>
    public string? DeclarationType { get; init; }

    /// <summary>Gets the declaration types (tipo_declaracion) (<c>tipo_declaracion__in</c>).</summary>
    public IReadOnlyList<string>? DeclarationTypeIn { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("created_at", CreatedAt);
        query.Add("ejercicio", FiscalYear);
        query.Add("tipo_declaracion", DeclarationType);
        query.AddList("tipo_declaracion__in", DeclarationTypeIn);
    }
}
