using Belvo.Sdk.Models;

namespace Belvo.Sdk;

/// <content>
/// What the spec's schemas cannot say about enrichment requests: Belvo takes from 1 to 10,000 transactions per call.
/// </content>
internal sealed partial class EnrichmentClient
{
    private const int MaxTransactions = 10_000;

    static partial void ValidateCategorize(CategorizationRequest request) => CheckCount(request.Transactions.Count, nameof(request));

    static partial void ValidateVerifyIncomes(IncomeEnrichmentRequest request) => CheckCount(request.Transactions.Count, nameof(request));

    private static void CheckCount(int count, string parameterName)
    {
        if (count is 0 or > MaxTransactions)
        {
            throw new ArgumentException($"Send from 1 to {MaxTransactions:N0} transactions per call (got {count:N0}); split larger sets into several calls.", parameterName);
        }
    }
}
