using Belvo.Sdk.Accounts;
using Belvo.Sdk.Balances;
using Belvo.Sdk.Institutions;
using Belvo.Sdk.Invoices;
using Belvo.Sdk.Links;
using Belvo.Sdk.Owners;
using Belvo.Sdk.TaxReturns;
using Belvo.Sdk.TaxStatuses;
using Belvo.Sdk.Transactions;
using Belvo.Sdk.WidgetTokens;

namespace Belvo.Sdk;

/// <summary>
/// The Belvo API, one property per resource. Implemented by <see cref="BelvoClient"/>; mock this interface
/// (or the resource interfaces) in your own tests.
/// </summary>
public interface IBelvoClient
{
    /// <summary>Gets the institutions Belvo connects to.</summary>
    IInstitutionsClient Institutions { get; }

    /// <summary>Gets the links: end users' connections to an institution.</summary>
    ILinksClient Links { get; }

    /// <summary>Gets the bank accounts of links.</summary>
    IAccountsClient Accounts { get; }

    /// <summary>Gets the bank transactions of links.</summary>
    ITransactionsClient Transactions { get; }

    /// <summary>Gets the daily balances of bank accounts.</summary>
    IBalancesClient Balances { get; }

    /// <summary>Gets the account owners of links.</summary>
    IOwnersClient Owners { get; }

    /// <summary>Gets the fiscal invoices (SAT, DIAN) of fiscal links.</summary>
    IInvoicesClient Invoices { get; }

    /// <summary>Gets the tax returns (SAT) of fiscal links.</summary>
    ITaxReturnsClient TaxReturns { get; }

    /// <summary>Gets the tax status documents (SAT, DIAN) of fiscal links.</summary>
    ITaxStatusClient TaxStatus { get; }

    /// <summary>Gets the access tokens for Belvo's Connect widget.</summary>
    IWidgetTokensClient WidgetTokens { get; }
}
