using Belvo.Sdk.Models;

namespace Belvo.Sdk.Enrichment;

/// <summary>
/// Enrichment of your own data ("Enrich Your Own Data"): categorize transactions and verify incomes from
/// transactions you already hold, without a link. Needs the product enabled on your Belvo account
/// (otherwise <see cref="Errors.AccessDeniedException"/>).
/// </summary>
public interface IEnrichmentClient
{
    /// <summary>Categorizes up to 10,000 of your transactions (<c>POST /api/categorization/</c>).</summary>
    /// <param name="request">The language and the transactions.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transactions with their category, subcategory and merchant.</returns>
    Task<CategorizationResult> CategorizeAsync(CategorizationRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Finds income streams in up to 10,000 of your inflow transactions (<c>POST /api/enrich/incomes/</c>).</summary>
    /// <param name="request">The language, the transactions and the income types to consider.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incomes found.</returns>
    Task<IReadOnlyList<Income>> VerifyIncomesAsync(IncomeEnrichmentRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
