using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// <c>TAX_RETURNS</c> / <c>historical_update</c>: a fiscal link's tax returns were loaded. Belvo sends it twice,
/// once for the yearly and once for the monthly returns (<see cref="TaxReturnType"/>).
/// </summary>
public sealed record TaxReturnsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets which tax returns the totals count: <c>yearly</c> or <c>monthly</c> (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string? TaxReturnType { get; init; }

    /// <summary>Gets how many tax returns were found (<c>total_tax_returns</c>).</summary>
    [JsonPropertyName("total_tax_returns")]
    public int? TotalTaxReturns { get; init; }

    /// <summary>Gets the year of the first tax return filed (<c>first_tax_return_year</c>).</summary>
    [JsonPropertyName("first_tax_return_year")]
    public int? FirstTaxReturnYear { get; init; }

    /// <summary>Gets the year of the last tax return filed (<c>last_tax_return_year</c>).</summary>
    [JsonPropertyName("last_tax_return_year")]
    public int? LastTaxReturnYear { get; init; }
}

/// <summary><c>TAX_STATUS</c> / <c>historical_update</c>: a fiscal link's tax status document was loaded.</summary>
public sealed record TaxStatusHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many tax status documents were loaded (<c>total_tax_status</c>).</summary>
    [JsonPropertyName("total_tax_status")]
    public int? TotalTaxStatus { get; init; }

    /// <summary>Gets when the tax status last changed (<c>last_status_change_date</c>).</summary>
    [JsonPropertyName("last_status_change_date")]
    public DateOnly? LastStatusChangeDate { get; init; }
}

/// <summary><c>TAX_COMPLIANCE_STATUS</c> / <c>historical_update</c>: a fiscal link's tax compliance status was loaded.</summary>
public sealed record TaxComplianceStatusHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many tax compliance statuses were loaded (<c>total_tax_compliance_status</c>).</summary>
    [JsonPropertyName("total_tax_compliance_status")]
    public int? TotalTaxComplianceStatus { get; init; }
}

/// <summary>
/// The invoices of a fiscal link's first 30 days that Belvo loaded: <see cref="InvoicesInitialInflowUpdate"/>
/// (received) and <see cref="InvoicesInitialOutflowUpdate"/> (sent).
/// </summary>
public abstract record InvoicesInitialUpdate : BelvoWebhook
{
    /// <summary>Lets only this library's event records derive from it.</summary>
    private protected InvoicesInitialUpdate()
    {
    }

    /// <summary>Gets how many invoices were found in the period (<c>total_invoices</c>).</summary>
    [JsonPropertyName("total_invoices")]
    public int? TotalInvoices { get; init; }

    /// <summary>Gets the date of the first invoice found (<c>first_invoice_date</c>).</summary>
    [JsonPropertyName("first_invoice_date")]
    public DateOnly? FirstInvoiceDate { get; init; }

    /// <summary>Gets the date of the last invoice found (<c>last_invoice_date</c>).</summary>
    [JsonPropertyName("last_invoice_date")]
    public DateOnly? LastInvoiceDate { get; init; }
}

/// <summary><c>INVOICES</c> / <c>initial_inflow_update</c>: the last 30 days of <c>INFLOW</c> (received) invoices are loaded.</summary>
public sealed record InvoicesInitialInflowUpdate : InvoicesInitialUpdate;

/// <summary><c>INVOICES</c> / <c>initial_outflow_update</c>: the last 30 days of <c>OUTFLOW</c> (sent) invoices are loaded.</summary>
public sealed record InvoicesInitialOutflowUpdate : InvoicesInitialUpdate;

/// <summary><c>FINANCIAL_STATEMENTS</c> / <c>historical_update</c> (Mexico): a link's financial statements were loaded.</summary>
public sealed record FinancialStatementsHistoricalUpdate : BelvoWebhook
{
    /// <summary>Gets how many financial statements were loaded (<c>new_financial_statements</c>).</summary>
    [JsonPropertyName("new_financial_statements")]
    public int? NewFinancialStatements { get; init; }
}
