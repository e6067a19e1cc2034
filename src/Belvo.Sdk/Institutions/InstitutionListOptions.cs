using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Institutions;

/// <summary>Filters for listing with <c>GET /api/institutions/</c>, as Belvo documents them.</summary>
public sealed record InstitutionListOptions : ListOptions
{
    /// <summary>Gets the country code, for example MX (<c>country_code</c>).</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the country codes (<c>country_code__in</c>).</summary>
    public IReadOnlyList<string>? CountryCodeIn { get; init; }

    /// <summary>Gets the display name (<c>display_name</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the institution name, for example erebor_mx_retail (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the institution names (<c>name__in</c>).</summary>
    public IReadOnlyList<string>? NameIn { get; init; }

    /// <summary>Gets resources the institution must all support, for example ACCOUNTS and OWNERS (<c>resources__allin</c>).</summary>
    public IReadOnlyList<string>? ResourcesAll { get; init; }

    /// <summary>Gets the status: healthy or down (<c>status</c>).</summary>
    public InstitutionStatus? Status { get; init; }

    /// <summary>Gets the statuses (<c>status__in</c>).</summary>
    public IReadOnlyList<InstitutionStatus>? StatusIn { get; init; }

    /// <summary>Gets the type: bank, fiscal or employment (<c>type</c>).</summary>
    public InstitutionType? Type { get; init; }

    /// <summary>Gets the types (<c>type__in</c>).</summary>
    public IReadOnlyList<InstitutionType>? TypeIn { get; init; }

    /// <summary>Gets the website (<c>website</c>).</summary>
    public string? Website { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("country_code", CountryCode);
        query.AddList("country_code__in", CountryCodeIn);
        query.Add("display_name", DisplayName);
        query.Add("name", Name);
        query.AddList("name__in", NameIn);
        query.AddList("resources__allin", ResourcesAll);
        query.AddValue("status", Status);
        query.AddValues("status__in", StatusIn);
        query.AddValue("type", Type);
        query.AddValues("type__in", TypeIn);
        query.Add("website", Website);
    }
}
