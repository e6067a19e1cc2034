using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.ReceivableTransactions;

/// <summary>Receivable transactions (card acquirer sales and settlements) of a link.</summary>
public interface IReceivableTransactionsClient
    : IListableResource<ReceivableTransaction, Guid, ReceivableTransactionListOptions>,
      IDeletableResource,
      IRetrievableResource<ReceivableTransactionsRetrieveRequest, IReadOnlyList<ReceivableTransaction>>;
