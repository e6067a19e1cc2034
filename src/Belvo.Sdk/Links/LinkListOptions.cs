using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Links;

/// <summary>Filters for listing links (<c>GET /api/links/</c>), as Belvo documents them.</summary>
public sealed record LinkListOptions : ListOptions
{
    /// <summary>Gets the access mode to match: <c>single</c> or <c>recurrent</c> (<c>access_mode</c>).</summary>
    public LinkAccessMode? AccessMode { get; init; }

    /// <summary>Gets the creation time filter (<c>created_at</c>, <c>__gt</c>, <c>__gte</c>, <c>__lt</c>, <c>__lte</c>, <c>__range</c>).</summary>
    public ComparisonFilter<DateTimeOffset>? CreatedAt { get; init; }

    /// <summary>Gets users whose links are excluded (<c>created_by__not_in</c>).</summary>
    public IReadOnlyList<Guid>? CreatedByNotIn { get; init; }

    /// <summary>Gets your own identifier to match (<c>external_id</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Gets your own identifiers to match (<c>external_id__in</c>).</summary>
    public IReadOnlyList<string>? ExternalIdIn { get; init; }

    /// <summary>Gets the link to match (<c>id</c>).</summary>
    public Guid? Id { get; init; }

    /// <summary>Gets the links to match (<c>id__in</c>).</summary>
    public IReadOnlyList<Guid>? IdIn { get; init; }

    /// <summary>Gets the institution name to match, for example <c>erebor_mx_retail</c> (<c>institution</c>).</summary>
    public string? Institution { get; init; }

    /// <summary>Gets the institution names to match (<c>institution__in</c>).</summary>
    public IReadOnlyList<string>? InstitutionIn { get; init; }

    /// <summary>Gets the institution user id to match, to find duplicate links (<c>institution_user_id</c>).</summary>
    public string? InstitutionUserId { get; init; }

    /// <summary>Gets the institution user ids to match (<c>institution_user_id__in</c>).</summary>
    public IReadOnlyList<string>? InstitutionUserIdIn { get; init; }

    /// <summary>Gets the refresh rate to match, for example <c>7d</c> (<c>refresh_rate</c>).</summary>
    public LinkRefreshRate? RefreshRate { get; init; }

    /// <summary>Gets the status to match, for example <c>valid</c> or <c>invalid</c> (<c>status</c>).</summary>
    public LinkStatus? Status { get; init; }

    /// <summary>Gets the statuses to match (<c>status__in</c>).</summary>
    public IReadOnlyList<LinkStatus>? StatusIn { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.AddValue("access_mode", AccessMode);
        query.Add("created_at", CreatedAt);
        query.AddList("created_by__not_in", CreatedByNotIn);
        query.Add("external_id", ExternalId);
        query.AddList("external_id__in", ExternalIdIn);
        query.Add("id", Id);
        query.AddList("id__in", IdIn);
        query.Add("institution", Institution);
        query.AddList("institution__in", InstitutionIn);
        query.Add("institution_user_id", InstitutionUserId);
        query.AddList("institution_user_id__in", InstitutionUserIdIn);
        query.AddValue("refresh_rate", RefreshRate);
        query.AddValue("status", Status);
        query.AddValues("status__in", StatusIn);
    }
}
