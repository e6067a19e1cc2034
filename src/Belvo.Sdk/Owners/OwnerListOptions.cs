using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Owners;

/// <summary>Filters for listing with <c>GET /api/owners/</c>, as Belvo documents them.</summary>
public sealed record OwnerListOptions : LinkDataListOptions
{
    /// <summary>Gets a filter on when Belvo stored the item (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets part of the owner's name, case-insensitively (<c>display_name__icontains</c>).</summary>
    public string? DisplayNameContains { get; init; }

    /// <summary>Gets the owner's email (<c>email</c>).</summary>
    public string? Email { get; init; }

    private protected override void AddResourceFilters(QueryParameters query)
    {
        query.Add("created_at", CreatedAt);
        query.Add("display_name__icontains", DisplayNameContains);
        query.Add("email", Email);
    }
}
