using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary><c>EMPLOYMENTS</c> / <c>historical_update</c> (Brazil, Colombia): a link's employments were loaded.</summary>
public sealed record EmploymentsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many employments were found (<c>total_employments</c>).</summary>
    [JsonPropertyName("total_employments")]
    public int? TotalEmployments { get; init; }
}

/// <summary><c>EMPLOYMENTS</c> / <c>new_employments_available</c>: a refresh of a recurrent link found new employments.</summary>
public sealed record NewEmploymentsAvailable : BelvoWebhook
{
    /// <summary>Gets how many new employments were found since the last event (<c>new_employments</c>).</summary>
    [JsonPropertyName("new_employments")]
    public int? NewEmployments { get; init; }
}

/// <summary><c>EMPLOYMENT_RECORDS</c> / <c>historical_update</c> (Mexico): a link's employment records were loaded.</summary>
public sealed record EmploymentRecordsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many employment record profiles were found (<c>total_employment_record_profiles</c>).</summary>
    [JsonPropertyName("total_employment_record_profiles")]
    public int? TotalEmploymentRecordProfiles { get; init; }
}

/// <summary>
/// <c>EMPLOYMENT_RECORDS</c> / <c>employment_changes</c> (opt-in): a refresh detected changes in the end user's
/// employment; read the employment records again.
/// </summary>
public sealed record EmploymentRecordsChanged : BelvoWebhook
{
    /// <summary>Gets the changes since the last check, for example <c>EMPLOYED</c>, <c>SALARY_INCREASED</c> (<c>employment_changes</c>).</summary>
    [JsonPropertyName("employment_changes")]
    public IReadOnlyList<string>? EmploymentChanges { get; init; }
}

/// <summary><c>EMPLOYMENT_METRICS</c> / <c>historical_update</c>: an employment metrics report was generated.</summary>
public sealed record EmploymentMetricsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many employment metric reports were generated (<c>total_employment_metrics</c>).</summary>
    [JsonPropertyName("total_employment_metrics")]
    public int? TotalEmploymentMetrics { get; init; }
}
