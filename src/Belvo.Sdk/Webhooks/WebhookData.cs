using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>The <c>data</c> of an <c>ACCOUNTS</c> / <c>historical_update</c> webhook.</summary>
public sealed record AccountsHistoricalUpdate
{
    /// <summary>Gets how many accounts the link has (<c>total_accounts</c>).</summary>
    [JsonPropertyName("total_accounts")]
    public int? TotalAccounts { get; init; }
}

/// <summary>The <c>data</c> of a <c>TRANSACTIONS</c> / <c>historical_update</c> webhook.</summary>
public sealed record TransactionsHistoricalUpdate
{
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

/// <summary>The <c>data</c> of an <c>OWNERS</c> / <c>historical_update</c> webhook.</summary>
public sealed record OwnersHistoricalUpdate
{
    /// <summary>Gets how many owners were loaded (<c>total_owners</c>).</summary>
    [JsonPropertyName("total_owners")]
    public int? TotalOwners { get; init; }
}

/// <summary>The <c>data</c> of an <c>INVOICES</c> / <c>historical_update</c> webhook.</summary>
public sealed record InvoicesHistoricalUpdate
{
    /// <summary>Gets how many invoices were loaded (<c>total_invoices</c>).</summary>
    [JsonPropertyName("total_invoices")]
    public int? TotalInvoices { get; init; }
}

/// <summary>The <c>data</c> of a <c>TAX_RETURNS</c> / <c>historical_update</c> webhook.</summary>
public sealed record TaxReturnsHistoricalUpdate
{
    /// <summary>Gets how many tax returns were loaded (<c>total_tax_returns</c>).</summary>
    [JsonPropertyName("total_tax_returns")]
    public int? TotalTaxReturns { get; init; }
}

/// <summary>The <c>data</c> of a <c>TAX_STATUS</c> / <c>historical_update</c> webhook.</summary>
public sealed record TaxStatusHistoricalUpdate
{
    /// <summary>Gets how many tax status documents were loaded (<c>total_tax_status</c>).</summary>
    [JsonPropertyName("total_tax_status")]
    public int? TotalTaxStatus { get; init; }
}

/// <summary>The <c>data</c> of an <c>INCOMES</c> / <c>historical_update</c> webhook.</summary>
public sealed record IncomesHistoricalUpdate
{
    /// <summary>Gets how many income reports were computed, usually 1 (<c>total_incomes</c>).</summary>
    [JsonPropertyName("total_incomes")]
    public int? TotalIncomes { get; init; }

    /// <summary>Gets how many income streams were found (<c>number_of_income_streams</c>).</summary>
    [JsonPropertyName("number_of_income_streams")]
    public int? NumberOfIncomeStreams { get; init; }
}

/// <summary>
/// The <c>data</c> of a <c>new_accounts_available</c>, <c>new_transactions_available</c>,
/// <c>new_owners_available</c> or <c>new_bills_available</c> webhook: how many new items a refresh (or an
/// asynchronous retrieval) stored.
/// </summary>
public sealed record NewItemsAvailable
{
    /// <summary>Gets how many new items are available to list, whatever the resource.</summary>
    [JsonIgnore]
    public int? Count => NewAccounts ?? NewTransactions ?? NewOwners ?? NewBills;

    /// <summary>Gets the new accounts (<c>new_accounts</c>), for <c>ACCOUNTS</c>.</summary>
    [JsonPropertyName("new_accounts")]
    public int? NewAccounts { get; init; }

    /// <summary>Gets the new transactions (<c>new_transactions</c>), for <c>TRANSACTIONS</c>.</summary>
    [JsonPropertyName("new_transactions")]
    public int? NewTransactions { get; init; }

    /// <summary>Gets the new owners (<c>new_owners</c>), for <c>OWNERS</c>.</summary>
    [JsonPropertyName("new_owners")]
    public int? NewOwners { get; init; }

    /// <summary>Gets the new bills (<c>new_bills</c>), for <c>BILLS</c>.</summary>
    [JsonPropertyName("new_bills")]
    public int? NewBills { get; init; }
}

/// <summary>
/// The <c>data</c> of a <c>LINK</c> / <c>invalid_credentials</c> webhook: the error Belvo got when it
/// refreshed the link. Ask the end user for new credentials and update the link.
/// </summary>
public sealed record LinkInvalidCredentials
{
    /// <summary>Gets the error code, for example <c>login_error</c> (<c>error_code</c>).</summary>
    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; init; }

    /// <summary>Gets the institution's error message (<c>error_message</c>).</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }

    /// <summary>Gets the HTTP status the refresh got, for example 400 (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }
}
