using System.Text.Json.Serialization;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// What happened (<c>webhook_code</c>), within a <see cref="WebhookType"/>. Values Belvo adds later are kept
/// as received: compare with the static properties and fall back to <see cref="Value"/> for the rest.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumConverter<WebhookCode>))]
public readonly record struct WebhookCode : IExtensibleEnumeration<WebhookCode>
{
    private readonly string? value;

    /// <summary>Creates a <see cref="WebhookCode"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    public WebhookCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary><c>historical_update</c>: the history of a recurrent link (or a requested resource) was loaded.</summary>
    public static WebhookCode HistoricalUpdate { get; } = new("historical_update");

    /// <summary><c>new_accounts_available</c>: a refresh found new accounts.</summary>
    public static WebhookCode NewAccountsAvailable { get; } = new("new_accounts_available");

    /// <summary><c>new_transactions_available</c>: a refresh (or a 202 asynchronous retrieval) found new transactions.</summary>
    public static WebhookCode NewTransactionsAvailable { get; } = new("new_transactions_available");

    /// <summary><c>transactions_updated</c>: transactions already stored changed.</summary>
    public static WebhookCode TransactionsUpdated { get; } = new("transactions_updated");

    /// <summary><c>transactions_deleted</c>: transactions already stored were removed by the institution.</summary>
    public static WebhookCode TransactionsDeleted { get; } = new("transactions_deleted");

    /// <summary><c>new_owners_available</c>: a refresh found new owner information.</summary>
    public static WebhookCode NewOwnersAvailable { get; } = new("new_owners_available");

    /// <summary><c>new_bills_available</c>: a refresh found new bills.</summary>
    public static WebhookCode NewBillsAvailable { get; } = new("new_bills_available");

    /// <summary><c>invalid_credentials</c> (<see cref="WebhookType.Link"/>): the end user's credentials stopped working; update the link.</summary>
    public static WebhookCode InvalidCredentials { get; } = new("invalid_credentials");

    /// <summary><c>token_required</c> (<see cref="WebhookType.Link"/>): the recurrent refresh needs a new MFA token.</summary>
    public static WebhookCode TokenRequired { get; } = new("token_required");

    /// <summary><c>link_deleted</c>: a link deleted asynchronously (202) is gone.</summary>
    public static WebhookCode LinkDeleted { get; } = new("link_deleted");

    /// <summary><c>new_employments_available</c> (<see cref="WebhookType.Employments"/>): a refresh found new employments.</summary>
    public static WebhookCode NewEmploymentsAvailable { get; } = new("new_employments_available");

    /// <summary><c>employment_changes</c> (<see cref="WebhookType.EmploymentRecords"/>): the end user's employment changed.</summary>
    public static WebhookCode EmploymentChanges { get; } = new("employment_changes");

    /// <summary><c>initial_inflow_update</c> (<see cref="WebhookType.Invoices"/>): the last 30 days of received invoices are loaded.</summary>
    public static WebhookCode InitialInflowUpdate { get; } = new("initial_inflow_update");

    /// <summary><c>initial_outflow_update</c> (<see cref="WebhookType.Invoices"/>): the last 30 days of sent invoices are loaded.</summary>
    public static WebhookCode InitialOutflowUpdate { get; } = new("initial_outflow_update");

    /// <summary><c>openfinance_consent_about_to_expire</c> (<see cref="WebhookType.Consent"/>): the consent expires within 7 days of the next refresh.</summary>
    public static WebhookCode OpenFinanceConsentAboutToExpire { get; } = new("openfinance_consent_about_to_expire");

    /// <summary>Gets the value exactly as Belvo sends it; empty for <c>default(WebhookCode)</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a <see cref="WebhookCode"/> for a value as Belvo sends it, known or not.</summary>
    /// <param name="value">The value exactly as it appears on the wire.</param>
    /// <returns>The enumeration value.</returns>
    public static WebhookCode FromValue(string value) => new(value);

    /// <summary>Compares the wire values ordinally; <c>default</c> equals the empty value.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both have the same wire value.</returns>
    public bool Equals(WebhookCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns <see cref="Value"/>, the value as Belvo sends it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;
}
