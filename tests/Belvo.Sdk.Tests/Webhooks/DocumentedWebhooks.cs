using System.Globalization;
using System.Text.Json;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

/// <summary>
/// One body per documented (webhook_type, webhook_code), with the data of Belvo's webhook reference, and the
/// typed event it must read as. Shared by the parsing tests and the ASP.NET Core receiver's tests.
/// </summary>
public static class DocumentedWebhooks
{
    public static readonly Guid LinkId = Guid.Parse("2f5d361d-dad6-45d4-a0bf-26d479766067");

    public static IReadOnlyList<DocumentedWebhook> All { get; } =
    [
        Of("ACCOUNTS", "historical_update", """{"total_accounts": 3}""", new AccountsHistoricalUpdate { TotalAccounts = 3 }),
        Of("ACCOUNTS", "new_accounts_available", """{"new_accounts": 2}""", new NewAccountsAvailable { NewAccounts = 2 }),
        Of(
            "TRANSACTIONS",
            "historical_update",
            """{"total_transactions": 340, "total_inflow_transactions": 120, "total_outflow_transactions": 220, "first_transaction_date": "2026-08-24", "last_transaction_date": "2026-11-22"}""",
            new TransactionsHistoricalUpdate
            {
                TotalTransactions = 340,
                TotalInflowTransactions = 120,
                TotalOutflowTransactions = 220,
                FirstTransactionDate = new DateOnly(2026, 8, 24),
                LastTransactionDate = new DateOnly(2026, 11, 22),
            }),
        Of("TRANSACTIONS", "new_transactions_available", """{"new_transactions": 17}""", new NewTransactionsAvailable(), process: "recurrent_update"),
        Of("TRANSACTIONS", "transactions_updated", "{}", new TransactionsUpdated(), process: "recurrent_update"),
        Of("TRANSACTIONS", "transactions_deleted", "{}", new TransactionsDeleted(), process: "recurrent_update"),
        Of("OWNERS", "historical_update", """{"total_owners": 1}""", new OwnersHistoricalUpdate { TotalOwners = 1 }),
        Of("OWNERS", "new_owners_available", """{"new_owners": 1}""", new NewOwnersAvailable { NewOwners = 1 }, process: "recurrent_update"),
        Of(
            "LINK",
            "invalid_credentials",
            """{"error_code": "login_error", "error_message": "Invalid credentials provided to login to the institution", "status": 400}""",
            new LinkInvalidCredentials { ErrorCode = "login_error", ErrorMessage = "Invalid credentials provided to login to the institution", Status = 400 },
            process: "recurrent_update"),
        Of("LINK", "token_required", "{}", new LinkTokenRequired(), process: "recurrent_update"),
        Of("LINK", "link_deleted", "{}", new LinkDeleted(), process: null),
        Of("INCOMES", "historical_update", """{"total_incomes": 1, "number_of_income_streams": 4}""", new IncomesHistoricalUpdate { TotalIncomes = 1, NumberOfIncomeStreams = 4 }),
        Of("RECURRING_EXPENSES", "historical_update", """{"total_recurring_expenses": 6}""", new RecurringExpensesHistoricalUpdate { TotalRecurringExpenses = 6 }),
        Of("RISK_INSIGHTS", "historical_update", """{"total_risk_insights": 1}""", new RiskInsightsHistoricalUpdate { TotalRiskInsights = 1 }),
        Of("BILLS", "historical_update", """{"total_bills": 12}""", new BillsHistoricalUpdate { TotalBills = 12 }),
        Of("BILLS", "new_bills_available", "{}", new NewBillsAvailable(), process: "recurrent_update"),
        Of("EMPLOYMENTS", "historical_update", """{"total_employments": 1}""", new EmploymentsHistoricalUpdate { TotalEmployments = 1 }),
        Of("EMPLOYMENTS", "new_employments_available", """{"new_employments": 1}""", new NewEmploymentsAvailable { NewEmployments = 1 }, process: "recurrent_update"),
        Of("EMPLOYMENT_RECORDS", "historical_update", """{"total_employment_record_profiles": 1}""", new EmploymentRecordsHistoricalUpdate { TotalEmploymentRecordProfiles = 1 }),
        Of(
            "EMPLOYMENT_RECORDS",
            "employment_changes",
            """{"employment_changes": ["EMPLOYED", "SALARY_INCREASED"]}""",
            new EmploymentRecordsChanged { EmploymentChanges = ["EMPLOYED", "SALARY_INCREASED"] },
            process: "recurrent_update"),
        Of("EMPLOYMENT_METRICS", "historical_update", """{"total_employment_metrics": 1}""", new EmploymentMetricsHistoricalUpdate { TotalEmploymentMetrics = 1 }),
        Of("INVESTMENTS", "historical_update", """{"total_investments": 5}""", new InvestmentsHistoricalUpdate { TotalInvestments = 5 }),
        Of(
            "INVESTMENT_TRANSACTIONS",
            "historical_update",
            """{"total_transactions": 40, "total_inflow_transactions": 25, "total_outflow_transactions": 15, "first_transaction_date": "2025-12-01", "last_transaction_date": "2026-11-20"}""",
            new InvestmentTransactionsHistoricalUpdate
            {
                TotalTransactions = 40,
                TotalInflowTransactions = 25,
                TotalOutflowTransactions = 15,
                FirstTransactionDate = new DateOnly(2025, 12, 1),
                LastTransactionDate = new DateOnly(2026, 11, 20),
            }),
        Of("FINANCIAL_STATEMENTS", "historical_update", """{"new_financial_statements": 3}""", new FinancialStatementsHistoricalUpdate { NewFinancialStatements = 3 }),
        Of(
            "TAX_RETURNS",
            "historical_update",
            """{"type": "yearly", "total_tax_returns": 2, "first_tax_return_year": 2017, "last_tax_return_year": 2018}""",
            new TaxReturnsHistoricalUpdate { TaxReturnType = "yearly", TotalTaxReturns = 2, FirstTaxReturnYear = 2017, LastTaxReturnYear = 2018 }),
        Of(
            "TAX_STATUS",
            "historical_update",
            """{"total_tax_status": 1, "last_status_change_date": "1995-08-01"}""",
            new TaxStatusHistoricalUpdate { TotalTaxStatus = 1, LastStatusChangeDate = new DateOnly(1995, 8, 1) }),
        Of("TAX_COMPLIANCE_STATUS", "historical_update", """{"total_tax_compliance_status": 1}""", new TaxComplianceStatusHistoricalUpdate { TotalTaxComplianceStatus = 1 }),
        Of(
            "INVOICES",
            "initial_inflow_update",
            """{"total_invoices": 3456, "first_invoice_date": "2021-04-05", "last_invoice_date": "2021-05-05"}""",
            new InvoicesInitialInflowUpdate { TotalInvoices = 3456, FirstInvoiceDate = new DateOnly(2021, 4, 5), LastInvoiceDate = new DateOnly(2021, 5, 5) }),
        Of(
            "INVOICES",
            "initial_outflow_update",
            """{"total_invoices": 120, "first_invoice_date": "2021-04-06", "last_invoice_date": "2021-05-04"}""",
            new InvoicesInitialOutflowUpdate { TotalInvoices = 120, FirstInvoiceDate = new DateOnly(2021, 4, 6), LastInvoiceDate = new DateOnly(2021, 5, 4) }),
        Of(
            "CONSENT",
            "openfinance_consent_about_to_expire",
            """{"consent_id": "9e763d19-15a4-410c-a106-18c0f60ca5eb", "consent_due_date": "2024-12-26T10:45:58.000Z", "action": "renew", "institution": "ofmockbank_br_retail"}""",
            new OpenFinanceConsentAboutToExpire { ConsentId = "9e763d19-15a4-410c-a106-18c0f60ca5eb", ConsentDueDate = new DateTimeOffset(2024, 12, 26, 10, 45, 58, TimeSpan.Zero) },
            process: "recurrent_update"),
    ];

    /// <summary>The documented bodies as xunit theory data (the index into <see cref="All"/>, and the event's name).</summary>
    public static TheoryData<int, string> Indexes()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < All.Count; i++)
        {
            data.Add(i, All[i].ToString());
        }

        return data;
    }

    /// <summary>A body of an arbitrary type and code, with the envelope every documented body has.</summary>
    public static string Body(string type, string code, string data, string webhookId = "0123456789abcdef0123456789abcdef", string? process = "historical_update") =>
        $$"""
        {"webhook_id":"{{webhookId}}","webhook_type":"{{type}}",{{(process is null ? string.Empty : $"\"process_type\":\"{process}\",")}}"webhook_code":"{{code}}","link_id":"{{LinkId}}","request_id":"4363b08b-51eb-4350-9c74-5df5ac92a7f6","external_id":"your_external_id","data":{{data}}}
        """;

    private static DocumentedWebhook Of(string type, string code, string data, BelvoWebhook typed, string? process = "historical_update")
    {
        var id = (0x1000 + Count++).ToString("x32", CultureInfo.InvariantCulture);
        var expected = typed with
        {
            WebhookId = id,
            WebhookType = new WebhookType(type),
            WebhookCode = new WebhookCode(code),
            ProcessType = process is null ? null : new WebhookProcessType(process),
            LinkId = LinkId,
            RequestId = "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
            ExternalId = "your_external_id",
            Data = JsonDocument.Parse(data).RootElement.Clone(),
        };
        return new DocumentedWebhook(Body(type, code, data, id, process), expected);
    }

    private static int Count { get; set; }
}

/// <summary>A documented webhook body and the event it must read as.</summary>
public sealed record DocumentedWebhook(string Json, BelvoWebhook Expected)
{
    public override string ToString() => $"{Expected.WebhookType} / {Expected.WebhookCode}";
}
