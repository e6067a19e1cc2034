using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.TaxStatuses;

/// <summary>Filters for listing with <c>GET /api/tax-status/</c>, as Belvo documents them.</summary>
public sealed record TaxStatusListOptions : ListOptions
{
    /// <summary>Gets the link whose items to list (<c>link</c>).</summary>
    public Guid? Link { get; init; }

    /// <summary>Gets the links whose items to list (<c>link__in</c>).</summary>
    public IReadOnlyList<Guid>? LinkIn { get; init; }

    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets the item to match (<c>id</c>).</summary>
    public Guid? Id { get; init; }

    /// <summary>Gets the items to match (<c>id__in</c>).</summary>
    public IReadOnlyList<Guid>? IdIn { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("link", Link);
        query.AddList("link__in", LinkIn);
        query.Add("created_at", CreatedAt);
        query.Add("id", Id);
        query.AddList("id__in", IdIn);
    }
}
