using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary><c>ACCOUNTS</c> / <c>historical_update</c>: a link's accounts were loaded; list them with the link's id.</summary>
public sealed record AccountsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many accounts the link has (<c>total_accounts</c>).</summary>
    [JsonPropertyName("total_accounts")]
    public int? TotalAccounts { get; init; }
}

/// <summary><c>ACCOUNTS</c> / <c>new_accounts_available</c>: a refresh found new accounts.</summary>
public sealed record NewAccountsAvailable : BelvoWebhook
{
    /// <summary>Gets how many new accounts were found (<c>new_accounts</c>).</summary>
    [JsonPropertyName("new_accounts")]
    public int? NewAccounts { get; init; }
}

/// <summary>
/// The totals of a transaction history Belvo loaded: <see cref="TransactionsHistoricalUpdate"/> and
/// <see cref="InvestmentTransactionsHistoricalUpdate"/> (the same documented fields).
/// </summary>
public abstract record TransactionHistoryWebhook : BelvoWebhook
{
    /// <summary>Lets only this library's event records derive from it.</summary>
    private protected TransactionHistoryWebhook()
    {
    }

    /// <summary>Gets how many transactions were loaded (<c>total_transactions</c>).</summary>
    [JsonPropertyName("total_transactions")]
    public int? TotalTransactions { get; init; }

    /// <summary>Gets how many of them are <c>INFLOW</c> (<c>total_inflow_transactions</c>).</summary>
    [JsonPropertyName("total_inflow_transactions")]
    public int? TotalInflowTransactions { get; init; }

    /// <summary>Gets how many of them are <c>OUTFLOW</c> (<c>total_outflow_transactions</c>).</summary>
    [JsonPropertyName("total_outflow_transactions")]
    public int? TotalOutflowTransactions { get; init; }

    /// <summary>Gets the value date of the oldest transaction loaded (<c>first_transaction_date</c>).</summary>
    [JsonPropertyName("first_transaction_date")]
    public DateOnly? FirstTransactionDate { get; init; }

    /// <summary>Gets the value date of the newest transaction loaded (<c>last_transaction_date</c>).</summary>
    [JsonPropertyName("last_transaction_date")]
    public DateOnly? LastTransactionDate { get; init; }
}

/// <summary><c>TRANSACTIONS</c> / <c>historical_update</c>: a link's transaction history was loaded.</summary>
public sealed record TransactionsHistoricalUpdate : TransactionHistoryWebhook;

/// <summary>
/// <c>TRANSACTIONS</c> / <c>new_transactions_available</c>: a refresh, or an asynchronous retrieval (match
/// <see cref="BelvoWebhook.RequestId"/> with the 202's), stored new transactions. Belvo does not document this
/// webhook's <c>data</c>, so it has no typed fields: read <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record NewTransactionsAvailable : BelvoWebhook;

/// <summary>
/// <c>TRANSACTIONS</c> / <c>transactions_updated</c>: transactions already stored changed (also for single
/// links). Belvo does not document this webhook's <c>data</c>, so it has no typed fields: read
/// <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record TransactionsUpdated : BelvoWebhook;

/// <summary>
/// <c>TRANSACTIONS</c> / <c>transactions_deleted</c>: transactions already stored were removed by the
/// institution (also for single links). Belvo does not document this webhook's <c>data</c>, so it has no typed
/// fields: read <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record TransactionsDeleted : BelvoWebhook;

/// <summary><c>OWNERS</c> / <c>historical_update</c>: a link's owner information was loaded.</summary>
public sealed record OwnersHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many owners were loaded (<c>total_owners</c>).</summary>
    [JsonPropertyName("total_owners")]
    public int? TotalOwners { get; init; }
}

/// <summary><c>OWNERS</c> / <c>new_owners_available</c>: a refresh found new owner information.</summary>
public sealed record NewOwnersAvailable : BelvoWebhook
{
    /// <summary>Gets how many new owners were found (<c>new_owners</c>).</summary>
    [JsonPropertyName("new_owners")]
    public int? NewOwners { get; init; }
}

/// <summary><c>BILLS</c> / <c>historical_update</c> (Brazil): a link's bills were loaded.</summary>
public sealed record BillsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many bills were loaded (<c>total_bills</c>).</summary>
    [JsonPropertyName("total_bills")]
    public int? TotalBills { get; init; }
}

/// <summary>
/// <c>BILLS</c> / <c>new_bills_available</c> (Brazil): a refresh found new bills. Belvo does not document this
/// webhook's <c>data</c>, so it has no typed fields: read <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record NewBillsAvailable : BelvoWebhook;

/// <summary><c>INVESTMENTS</c> / <c>historical_update</c> (Brazil, early preview): a link's investments were loaded.</summary>
public sealed record InvestmentsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many investments were loaded (<c>total_investments</c>).</summary>
    [JsonPropertyName("total_investments")]
    public int? TotalInvestments { get; init; }
}

/// <summary><c>INVESTMENT_TRANSACTIONS</c> / <c>historical_update</c> (Brazil): a link's investment transactions were loaded.</summary>
public sealed record InvestmentTransactionsHistoricalUpdate : TransactionHistoryWebhook;
