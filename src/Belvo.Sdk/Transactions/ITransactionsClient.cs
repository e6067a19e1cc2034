using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Transactions;

/// <summary>Bank transactions of a link's accounts.</summary>
public interface ITransactionsClient
    : IListableResource<Transaction, Guid, TransactionListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<TransactionsRetrieveRequest, IReadOnlyList<Transaction>>
{
    /// <summary>
    /// Asks Belvo to retrieve transactions in the background (<c>POST /api/transactions/</c> with header
    /// <c>X-Belvo-Request-Mode: async</c>), which avoids timeouts on long ranges. Belvo answers 202 at once;
    /// the transactions arrive later with a <c>new_transactions_available</c> webhook carrying the same
    /// request id, and can then be read with <see cref="IListableResource{TItem, TId, TListOptions}.ListAsync"/>.
    /// </summary>
    /// <param name="request">What to retrieve.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accepted request, with the <c>request_id</c> the webhook will carry.</returns>
    Task<AsyncRequestAccepted> RetrieveInBackgroundAsync(TransactionsRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
