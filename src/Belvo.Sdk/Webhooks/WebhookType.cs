using System.Text.Json.Serialization;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// What a webhook is about (<c>webhook_type</c>): the resource whose data changed, or the link itself.
/// Values Belvo adds later are kept as received: compare with the static properties and fall back to
/// <see cref="Value"/> for the rest.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumConverter<WebhookType>))]
public readonly record struct WebhookType : IExtensibleEnumeration<WebhookType>
{
    private readonly string? value;

    /// <summary>Creates a <see cref="WebhookType"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    public WebhookType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary><c>ACCOUNTS</c>: a link's bank accounts were loaded or new ones appeared.</summary>
    public static WebhookType Accounts { get; } = new("ACCOUNTS");

    /// <summary><c>TRANSACTIONS</c>: a link's transactions were loaded, added, updated or deleted.</summary>
    public static WebhookType Transactions { get; } = new("TRANSACTIONS");

    /// <summary><c>OWNERS</c>: a link's owner information was loaded or changed.</summary>
    public static WebhookType Owners { get; } = new("OWNERS");

    /// <summary><c>LINK</c>: the link itself needs attention (invalid credentials, a new MFA token).</summary>
    public static WebhookType Link { get; } = new("LINK");

    /// <summary><c>INVOICES</c>: a fiscal link's invoices were loaded.</summary>
    public static WebhookType Invoices { get; } = new("INVOICES");

    /// <summary><c>TAX_RETURNS</c>: a fiscal link's tax returns were loaded.</summary>
    public static WebhookType TaxReturns { get; } = new("TAX_RETURNS");

    /// <summary><c>TAX_STATUS</c>: a fiscal link's tax status was loaded.</summary>
    public static WebhookType TaxStatus { get; } = new("TAX_STATUS");

    /// <summary><c>INCOMES</c>: income insights were computed for a link.</summary>
    public static WebhookType Incomes { get; } = new("INCOMES");

    /// <summary><c>RECURRING_EXPENSES</c>: recurring expenses were computed for a link.</summary>
    public static WebhookType RecurringExpenses { get; } = new("RECURRING_EXPENSES");

    /// <summary><c>RISK_INSIGHTS</c>: risk insights were computed for a link.</summary>
    public static WebhookType RiskInsights { get; } = new("RISK_INSIGHTS");

    /// <summary><c>BILLS</c>: a link's bills (Brazil) were loaded or new ones appeared.</summary>
    public static WebhookType Bills { get; } = new("BILLS");

    /// <summary><c>EMPLOYMENTS</c>: a link's employments (Brazil, Colombia) were loaded or new ones appeared.</summary>
    public static WebhookType Employments { get; } = new("EMPLOYMENTS");

    /// <summary><c>EMPLOYMENT_RECORDS</c>: a link's employment records (Mexico) were loaded or changed.</summary>
    public static WebhookType EmploymentRecords { get; } = new("EMPLOYMENT_RECORDS");

    /// <summary><c>EMPLOYMENT_METRICS</c>: employment metrics were computed for a link.</summary>
    public static WebhookType EmploymentMetrics { get; } = new("EMPLOYMENT_METRICS");

    /// <summary><c>INVESTMENTS</c>: a link's investments (Brazil) were loaded.</summary>
    public static WebhookType Investments { get; } = new("INVESTMENTS");

    /// <summary><c>INVESTMENT_TRANSACTIONS</c>: a link's investment transactions (Brazil) were loaded.</summary>
    public static WebhookType InvestmentTransactions { get; } = new("INVESTMENT_TRANSACTIONS");

    /// <summary><c>FINANCIAL_STATEMENTS</c>: a link's financial statements (Mexico) were loaded.</summary>
    public static WebhookType FinancialStatements { get; } = new("FINANCIAL_STATEMENTS");

    /// <summary><c>TAX_COMPLIANCE_STATUS</c>: a fiscal link's tax compliance status was loaded.</summary>
    public static WebhookType TaxComplianceStatus { get; } = new("TAX_COMPLIANCE_STATUS");

    /// <summary><c>CONSENT</c>: an Open Finance consent of a link needs attention.</summary>
    public static WebhookType Consent { get; } = new("CONSENT");

    /// <summary>Gets the value exactly as Belvo sends it; empty for <c>default(WebhookType)</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a <see cref="WebhookType"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    /// <returns>The enumeration value.</returns>
    public static WebhookType FromValue(string value) => new(value);

    /// <summary>Compares the wire values ordinally; <c>default</c> equals the empty value.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both have the same wire value.</returns>
    public bool Equals(WebhookType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns <see cref="Value"/>, the value as Belvo sends it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;
}
