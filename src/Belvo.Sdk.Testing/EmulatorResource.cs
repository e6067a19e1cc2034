namespace Belvo.Sdk.Testing;

/// <summary>The kinds of items the emulator keeps in its <see cref="EmulatorStore"/>.</summary>
public enum EmulatorResource
{
    /// <summary>Links (<c>/api/links/</c>).</summary>
    Links,

    /// <summary>Bank accounts (<c>/api/accounts/</c>).</summary>
    Accounts,

    /// <summary>Account transactions (<c>/api/transactions/</c>).</summary>
    Transactions,

    /// <summary>Daily account balances (<c>/api/balances/</c>).</summary>
    Balances,

    /// <summary>Account owners (<c>/api/owners/</c>).</summary>
    Owners,

    /// <summary>SAT invoices (<c>/api/invoices/</c>).</summary>
    Invoices,

    /// <summary>SAT tax returns, yearly and monthly (<c>/api/tax-returns/</c>).</summary>
    TaxReturns,

    /// <summary>SAT tax status, the <i>Constancia de situación fiscal</i> (<c>/api/tax-status/</c>).</summary>
    TaxStatus,
}
