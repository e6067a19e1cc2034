using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Tests.Docs;

/// <summary>
/// The C# blocks of the product pages (docs/brazil-open-finance.md, employment.md, fiscal.md, enrichment.md,
/// banking.md), compiled here so every type and method they name exists. Each block sits between
/// <c>// docs/page.md#name: begin</c> and <c>// … end</c>; <see cref="ProductDocsTests"/> checks each page shows
/// exactly these blocks. <c>client</c> is an <see cref="IBelvoClient"/>; <c>link</c> the id of a link.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "Compiled for the docs, not run.")]
internal static class ProductDocSnippets
{
    public static async Task BrazilConsents(IBelvoClient client, Guid consentId)
    {
        // docs/brazil-open-finance.md#consents: begin
        await foreach (var consent in client.Consents.ListAsync(new ConsentListOptions { UserDocument = "76109277673" }))
        {
            Console.WriteLine($"{consent.InstitutionDisplayName}: {consent.Status} until {consent.ExpiredAt:d}");
        }

        var one = await client.Consents.GetAsync(consentId);
        // docs/brazil-open-finance.md#consents: end
        _ = one;
    }

    public static async Task BrazilData(IBelvoClient client, Guid link, Guid accountId)
    {
        // docs/brazil-open-finance.md#data: begin
        var accounts = await client.Accounts.RetrieveAsync(new RetrieveRequest { Link = link });
        var balances = await client.BrazilBalances.RetrieveAsync(new BrazilBalancesRetrieveRequest { Link = link, AccountId = accountId });
        var bills = await client.Bills.RetrieveAsync(new BillsRetrieveRequest { Link = link });
        var investments = await client.BrazilInvestments.RetrieveAsync(new BrazilInvestmentsRetrieveRequest { Link = link });
        var movements = await client.BrazilInvestmentTransactions.RetrieveAsync(new BrazilInvestmentTransactionsRetrieveRequest
        {
            Link = link, DateFrom = new DateOnly(2026, 1, 1), DateTo = new DateOnly(2026, 6, 30),
        });
        var exchanges = await client.Exchanges.RetrieveAsync(new ExchangesRetrieveRequest { Link = link });

        foreach (var balance in balances)
            Console.WriteLine($"{balance.AccountInternalIdentification}: {balance.Available} {balance.Currency} available, {balance.Blocked} blocked");
        foreach (var bill in bills)
            Console.WriteLine($"{bill.BillName} due {bill.DueDate}: {bill.TotalAmount} (minimum {bill.MinimumAmount})");

        // An exchange operation's events, page by page.
        await foreach (var change in client.Exchanges.ListHistoryAsync(exchanges[0].Id))
            Console.WriteLine(change.EventType);
        // docs/brazil-open-finance.md#data: end
        _ = (accounts, investments, movements);
    }

    public static async Task BrazilLists(IBelvoClient client, Guid link)
    {
        // docs/brazil-open-finance.md#lists: begin
        // What Belvo already holds: the link is required for every Brazil open finance list.
        var page = await client.Bills.ListAsync(new BillListOptions
        {
            Link = link,
            DueDate = new ComparisonFilter<DateOnly> { GreaterThanOrEqual = new DateOnly(2026, 1, 1) },
        }).GetPageAsync();
        await client.Bills.DeleteAsync(page.Results[0].Id);
        // docs/brazil-open-finance.md#lists: end
    }

    public static async Task EmploymentMexico(IBelvoClient client, string curp)
    {
        // docs/employment.md#mexico: begin
        var link = await client.Links.RegisterAsync(new EmploymentMexicoLinkRequest
        {
            Institution = "imss_mx_employment",
            Username = curp,
            FetchResources = [EmploymentMexicoResource.EmploymentRecords, EmploymentMexicoResource.CurrentEmployments],
        });

        var records = await client.EmploymentRecords.RetrieveAsync(new EmploymentRecordsRetrieveRequest { Link = link.Id, AttachPdf = true });
        foreach (var record in records)
            foreach (var job in record.EmploymentRecords ?? [])
                Console.WriteLine($"{job.Employer}: {job.StartDate} – {job.EndDate}");

        var current = await client.CurrentEmployments.RetrieveAsync(new CurrentEmploymentsRetrieveRequest { Link = link.Id });
        var metric = await client.EmploymentMetrics.RetrieveAsync(new EmploymentMetricsRetrieveRequest { Link = link.Id });
        Console.WriteLine($"{current[0].Status}, {metric.EmployerCount} employers, last base salary {metric.BaseSalaryLast}");
        // docs/employment.md#mexico: end
    }

    public static async Task EmploymentBrazil(IBelvoClient client, string cpf, string password)
    {
        // docs/employment.md#brazil: begin
        var link = await client.Links.RegisterAsync(new EmploymentBrazilLinkRequest
        {
            Institution = "inss_br_employment",
            Username = cpf,
            Password = password,
            FetchResources = [EmploymentBrazilResource.Employments],
        });

        var employments = await client.BrazilEmployments.RetrieveAsync(new BrazilEmploymentsRetrieveRequest { Link = link.Id });
        foreach (var employment in employments)
            Console.WriteLine($"{employment.EmployerData.Name}: {employment.StartDate} – {employment.EndDate}");
        // docs/employment.md#brazil: end
    }

    public static async Task EmploymentInBackground(IBelvoClient client, Guid link)
    {
        // docs/employment.md#background: begin
        var accepted = await client.EmploymentRecords.RetrieveInBackgroundAsync(new EmploymentRecordsRetrieveRequest { Link = link });
        // Store accepted.RequestId: the EMPLOYMENT_RECORDS historical_update webhook carries the same request id.
        var alsoAccepted = await client.BrazilEmployments.RetrieveInBackgroundAsync(new BrazilEmploymentsRetrieveRequest { Link = link });
        // docs/employment.md#background: end
        _ = (accepted, alsoAccepted);
    }

    public static async Task FiscalMexico(IBelvoClient client, string rfc, string password)
    {
        // docs/fiscal.md#mexico: begin
        var link = await client.Links.RegisterAsync(new FiscalMexicoLinkRequest
        {
            Institution = "sat_mx_fiscal",
            Username = rfc,
            Password = password,
            FetchResources = [FiscalMexicoResource.Invoices, FiscalMexicoResource.TaxStatus],
        });

        var invoices = await client.Invoices.RetrieveAsync(new InvoicesRetrieveRequest
        {
            Link = link.Id, Type = InvoiceType.Inflow,
            DateFrom = new DateOnly(2026, 1, 1), DateTo = new DateOnly(2026, 3, 31),
        });
        foreach (var invoice in invoices)
            Console.WriteLine($"{invoice.InvoiceDate} {invoice.SenderName} → {invoice.ReceiverName}: {invoice.TotalAmount:N2} {invoice.Currency}");

        var returns = await client.TaxReturns.RetrieveAsync(new TaxReturnsYearlyRequest { Link = link.Id, YearFrom = "2023", YearTo = "2025" });
        var status = await client.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = link.Id });
        var compliance = await client.TaxComplianceStatus.RetrieveAsync(new TaxComplianceStatusRetrieveRequest { Link = link.Id });
        var statements = await client.FinancialStatements.RetrieveAsync(new FinancialStatementsRetrieveRequest { Link = link.Id });
        Console.WriteLine($"{status.OfficialName}: {compliance.Outcome}, {returns.Count} returns, {statements.Count} statements");
        // docs/fiscal.md#mexico: end
    }

    public static async Task FiscalChile(IBelvoClient client, Guid link)
    {
        // docs/fiscal.md#chile: begin
        var invoices = await client.ChileInvoices.RetrieveAsync(new ChileInvoicesRetrieveRequest
        {
            Link = link, Type = InvoiceType.Outflow,
            DateFrom = new DateOnly(2026, 1, 1), DateTo = new DateOnly(2026, 1, 31),
        });
        foreach (var invoice in invoices)
            Console.WriteLine($"{invoice.Folio} {invoice.Type}: {invoice.TotalAmount} {invoice.Currency} (VAT {invoice.VatAmount})");

        var taxStatus = await client.ChileTaxStatus.RetrieveAsync(new ChileTaxStatusRetrieveRequest { Link = link });
        var debts = await client.ChileDebtReports.RetrieveAsync(new ChileDebtReportsRetrieveRequest { Link = link });
        Console.WriteLine($"{taxStatus[0].EntityDetails?.Name}: {debts[0].Total} {debts[0].Currency} owed");
        // docs/fiscal.md#chile: end
    }

    public static async Task FiscalInBackground(IBelvoClient client, Guid link)
    {
        // docs/fiscal.md#background: begin
        var accepted = await client.FinancialStatements.RetrieveInBackgroundAsync(new FinancialStatementsRetrieveRequest { Link = link });
        await client.ChileDebtReports.RetrieveInBackgroundAsync(new ChileDebtReportsRetrieveRequest { Link = link });
        Console.WriteLine($"Wait for the webhook with request id {accepted.RequestId}");
        // docs/fiscal.md#background: end
    }

    public static async Task Enrichment(IBelvoClient client)
    {
        // docs/enrichment.md#categorize: begin
        var result = await client.Enrichment.CategorizeAsync(new CategorizationRequest
        {
            Language = "es",
            Transactions =
            [
                new CategorizationRequestTransaction
                {
                    TransactionId = "tx-1", AccountHolderId = "customer-1", AccountId = "acc-1",
                    AccountHolderType = CategorizationAccountHolderType.Individual,
                    AccountCategory = CategorizationAccountCategory.CheckingAccount,
                    ValueDate = new DateOnly(2026, 10, 3), Description = "OXXO SUC 123",
                    Type = TransactionType.Outflow, Amount = 154.50m, Currency = "MXN", Institution = "my-bank",
                },
            ],
        });
        // docs/enrichment.md#categorize: end
        _ = result;
    }

    public static async Task Banking(IBelvoClient client)
    {
        // docs/banking.md#retrieve: begin
        var link = await client.Links.RegisterAsync(new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail", Username = "bnk100", Password = "full",
            AccessMode = LinkAccessMode.Single, ExternalId = "customer-8841",
        });

        var accounts = await client.Accounts.RetrieveAsync(new RetrieveRequest { Link = link.Id });
        var transactions = await client.Transactions.RetrieveAsync(new TransactionsRetrieveRequest
        {
            Link = link.Id,
            DateFrom = new DateOnly(2026, 8, 1),
            DateTo = new DateOnly(2026, 10, 31),
        });

        foreach (var income in await client.Incomes.RetrieveAsync(new IncomesRetrieveRequest { Link = link.Id }))
            Console.WriteLine($"{income.NumberOfIncomeStreams} streams, {income.MonthlyAverage:N2} a month");

        // Categories are extensible enums: known values are static properties, unknown ones still read fine.
        var groceries = transactions.Where(t => t.Category == TransactionCategory.FoodAndGroceries);
        // docs/banking.md#retrieve: end
        _ = (accounts, groceries);
    }

    public static async Task BankingToken(IBelvoClient client, Guid linkId)
    {
        // docs/banking.md#token: begin
        var token = await client.WidgetTokens.CreateAsync(new WidgetTokenRequest { LinkId = linkId }); // update mode
        Console.WriteLine(token); // WidgetToken { Access = ***, Refresh = *** }: hand token.Access to the widget
        // docs/banking.md#token: end
    }

    public static async Task LinkMaintenance(IBelvoClient client, Guid link)
    {
        // docs/banking.md#maintenance: begin
        // Keep the data 90 days after the last update, and fetch bills from now on (no historical update is triggered).
        await client.Links.ChangeAccessModeAsync(link, new ChangeAccessModeRequest { StaleIn = "90d", FetchResources = ["ACCOUNTS", "TRANSACTIONS", "BILLS"] });

        // Ask for a new historical update of some resources; Belvo answers 202 and sends historical_update webhooks.
        try
        {
            var accepted = await client.Links.RefreshAsync(link, new LinkRefreshRequest { FetchResources = ["TRANSACTIONS"] });
            Console.WriteLine($"Refreshing, request id {accepted.RequestId}");
        }
        catch (LinkRefreshCooldownException ex)
        {
            Console.WriteLine(ex.Message); // "… Please wait 7 minutes before trying again." Not retried by the SDK.
        }

        // Delete in the background: Belvo answers 202 at once and sends a link_deleted webhook when done.
        await client.Links.DeleteInBackgroundAsync(link);
        // docs/banking.md#maintenance: end
    }
}
