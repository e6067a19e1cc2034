using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.EmploymentRecords;

/// <summary>Filters for listing with <c>GET /api/employment-records/</c>, as Belvo documents them.</summary>
public sealed record EmploymentRecordListOptions : LinkDataListOptions
{
    private protected override void AddResourceFilters(QueryParameters query)
    {
    }
}
