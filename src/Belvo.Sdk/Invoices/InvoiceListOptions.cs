using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Invoices;

/// <summary>Filters for listing with <c>GET /api/invoices/</c>, as Belvo documents them.</summary>
public sealed record InvoiceListOptions : LinkDataListOptions
{
    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets a filter on the invoice date (<c>invoice_date</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateOnly>? InvoiceDate { get; init; }

    /// <summary>Gets the fiscal authority's invoice identifier (<c>invoice_identification</c>).</summary>
    public string? InvoiceIdentification { get; init; }

    /// <summary>Gets the fiscal authority's invoice identifiers (<c>invoice_identification__in</c>).</summary>
    public IReadOnlyList<string>? InvoiceIdentificationIn { get; init; }

    /// <summary>Gets the invoice status, for example VIGENTE (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>Gets the invoice statuses (<c>status__in</c>).</summary>
    public IReadOnlyList<string>? StatusIn { get; init; }

    /// <summary>Gets a filter on the invoice total (<c>total_amount</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<decimal>? TotalAmount { get; init; }

    /// <summary>Gets the direction: INFLOW (received) or OUTFLOW (sent) (<c>type</c>).</summary>
    public InvoiceType? Type { get; init; }

    /// <summary>Gets the directions (<c>type__in</c>).</summary>
    public IReadOnlyList<InvoiceType>? TypeIn { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("created_at", CreatedAt);
        query.Add("invoice_date", InvoiceDate);
        query.Add("invoice_identification", InvoiceIdentification);
        query.AddList("invoice_identification__in", InvoiceIdentificationIn);
        query.Add("status", Status);
        query.AddList("status__in", StatusIn);
        query.Add("total_amount", TotalAmount);
        query.AddValue("type", Type);
        query.AddValues("type__in", TypeIn);
    }
}
