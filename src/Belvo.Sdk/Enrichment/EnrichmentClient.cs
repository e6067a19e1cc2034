using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Enrichment;

internal sealed class EnrichmentClient(BelvoConnection connection) : IEnrichmentClient
{
    private const int MaxTransactions = 10_000;
    private readonly IEnrichmentApi _api = connection.CreateApi<IEnrichmentApi>();

    public Task<CategorizationResult> CategorizeAsync(CategorizationRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        CheckCount(request.Transactions.Count, nameof(request));
        return _api.CategorizeAsync(request, requestOptions, cancellationToken);
    }

    public async Task<IReadOnlyList<Income>> VerifyIncomesAsync(IncomeEnrichmentRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        CheckCount(request.Transactions.Count, nameof(request));
        return FlexibleJson.ReadList(await _api.VerifyIncomesAsync(request, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.Income);
    }

    private static void CheckCount(int count, string parameterName)
    {
        if (count is 0 or > MaxTransactions)
        {
            throw new ArgumentException($"Send from 1 to {MaxTransactions:N0} transactions per call (got {count:N0}); split larger sets into several calls.", parameterName);
        }
    }
}
