using Belvo.Sdk.Accounts;
using Belvo.Sdk.Balances;
using Belvo.Sdk.EmploymentRecords;
using Belvo.Sdk.Enrichment;
using Belvo.Sdk.Incomes;
using Belvo.Sdk.Institutions;
using Belvo.Sdk.InvestmentPortfolios;
using Belvo.Sdk.Invoices;
using Belvo.Sdk.Links;
using Belvo.Sdk.Owners;
using Belvo.Sdk.ReceivableTransactions;
using Belvo.Sdk.RecurringExpenses;
using Belvo.Sdk.Risk;
using Belvo.Sdk.TaxComplianceStatuses;
using Belvo.Sdk.TaxDeclarations;
using Belvo.Sdk.TaxRetentions;
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

    /// <summary>Gets the income streams found in links' accounts.</summary>
    IIncomesClient Incomes { get; }

    /// <summary>Gets the recurring expenses found in links' accounts.</summary>
    IRecurringExpensesClient RecurringExpenses { get; }

    /// <summary>Gets the risk insights of links.</summary>
    IRiskInsightsClient RiskInsights { get; }

    /// <summary>Gets the employment records (IMSS Mexico) of employment links.</summary>
    IEmploymentRecordsClient EmploymentRecords { get; }

    /// <summary>Gets the tax declarations (DIAN Colombia) of fiscal links.</summary>
    ITaxDeclarationsClient TaxDeclarations { get; }

    /// <summary>Gets the tax retention invoices (SAT) of fiscal links.</summary>
    ITaxRetentionsClient TaxRetentions { get; }

    /// <summary>Gets the tax compliance status (SAT) of fiscal links.</summary>
    ITaxComplianceStatusClient TaxComplianceStatus { get; }

    /// <summary>Gets the investment portfolios of links.</summary>
    IInvestmentPortfoliosClient InvestmentPortfolios { get; }

    /// <summary>Gets the receivable transactions of links.</summary>
    IReceivableTransactionsClient ReceivableTransactions { get; }

    /// <summary>Gets enrichment of your own data: categorization and income verification.</summary>
    IEnrichmentClient Enrichment { get; }

    /// <summary>Gets the access tokens for Belvo's Connect widget.</summary>
    IWidgetTokensClient WidgetTokens { get; }
}
