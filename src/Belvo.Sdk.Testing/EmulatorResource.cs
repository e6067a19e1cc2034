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

    /// <summary>Brazilian credit card bills (<c>/api/bills/</c>).</summary>
    Bills,

    /// <summary>Brazilian open-finance balances (<c>/api/br/balances/</c>).</summary>
    BrazilBalances,

    /// <summary>Brazilian employments (<c>/api/br/employments/</c>).</summary>
    BrazilEmployments,

    /// <summary>Brazilian investments (<c>/api/br/investments/</c>).</summary>
    BrazilInvestments,

    /// <summary>Brazilian investment transactions (<c>/api/br/investment-transactions/</c>).</summary>
    BrazilInvestmentTransactions,

    /// <summary>Brazilian foreign exchange operations (<c>/api/br/exchanges/</c>).</summary>
    Exchanges,

    /// <summary>Open-finance consents (<c>/api/consents/</c>), one per Brazilian open-finance link.</summary>
    Consents,

    /// <summary>Chilean SII invoices (<c>/api/cl/invoices/</c>).</summary>
    ChileInvoices,

    /// <summary>Chilean SII tax status (<c>/api/cl/tax-status/</c>).</summary>
    ChileTaxStatus,

    /// <summary>Chilean debt reports (<c>/api/cl/debt-reports/</c>).</summary>
    ChileDebtReports,

    /// <summary>Mexican current employments (<c>/api/mx/current-employments/</c>).</summary>
    CurrentEmployments,

    /// <summary>Mexican employment metrics (<c>/api/employment-metrics/</c>).</summary>
    EmploymentMetrics,

    /// <summary>Mexican employment records (<c>/api/employment-records/</c>).</summary>
    EmploymentRecords,

    /// <summary>Mexican financial statements (<c>/api/financial-statements/</c>).</summary>
    FinancialStatements,

    /// <summary>SAT tax compliance status (<c>/api/tax-compliance-status/</c>).</summary>
    TaxComplianceStatus,

    /// <summary>SAT tax declarations (<c>/api/tax-declarations/</c>).</summary>
    TaxDeclarations,

    /// <summary>SAT tax retentions (<c>/api/tax-retentions/</c>).</summary>
    TaxRetentions,

    /// <summary>Income insights (<c>/api/incomes/</c>).</summary>
    Incomes,

    /// <summary>Recurring expense insights (<c>/api/recurring-expenses/</c>).</summary>
    RecurringExpenses,

    /// <summary>Risk insights (<c>/api/risk-insights/</c>).</summary>
    RiskInsights,

    /// <summary>Investment portfolios (<c>/investments/portfolios/</c>, 2023 API).</summary>
    InvestmentPortfolios,

    /// <summary>Receivable transactions (<c>/receivables/transactions/</c>, 2023 API).</summary>
    ReceivableTransactions,
}
