using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary><c>INCOMES</c> / <c>historical_update</c>: income insights were computed (when in <c>fetch_resources</c>).</summary>
public sealed record IncomesHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many income reports were computed, usually 1 (<c>total_incomes</c>).</summary>
    [JsonPropertyName("total_incomes")]
    public int? TotalIncomes { get; init; }

    /// <summary>Gets how many income streams were found (<c>number_of_income_streams</c>).</summary>
    [JsonPropertyName("number_of_income_streams")]
    public int? NumberOfIncomeStreams { get; init; }
}

/// <summary><c>RECURRING_EXPENSES</c> / <c>historical_update</c>: recurring expenses were computed.</summary>
public sealed record RecurringExpensesHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many recurring expenses were found (<c>total_recurring_expenses</c>).</summary>
    [JsonPropertyName("total_recurring_expenses")]
    public int? TotalRecurringExpenses { get; init; }
}

/// <summary><c>RISK_INSIGHTS</c> / <c>historical_update</c>: risk insights were computed.</summary>
public sealed record RiskInsightsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many risk insight reports were computed, usually 1 (<c>total_risk_insights</c>).</summary>
    [JsonPropertyName("total_risk_insights")]
    public int? TotalRiskInsights { get; init; }
}
