using System.Text.Json.Nodes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Resources;

/// <summary>
/// Every operation of the resources beyond the core ones (incomes, recurring expenses, risk insights,
/// employment records, tax declarations, retentions and compliance, investments, receivables, enrichment):
/// the exact request Belvo receives and the typed result, read from items built out of the spec's property
/// examples. Where Belvo's spec documents one object and its API sends an array (or the reverse), both are
/// served and read.
/// </summary>
public sealed class CoverageResourcesTests : IDisposable
{
    private static readonly Guid Link = ResourceTestKit.LinkId;
    private static readonly Guid AccountA = Guid.Parse("11111111-2222-4333-8444-555555555555");
    private static readonly Guid AccountB = Guid.Parse("66666666-7777-4888-8999-000000000000");
    private static readonly string ItemId = SpecSample.ItemId.ToString();
    private static readonly string LinkText = Link.ToString();

    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>One call: what Belvo answers, what the SDK must send, and how its result must read.</summary>
    public sealed record Scenario(
        string Method,
        string Path,
        int Status,
        JsonNode? Answer,
        Func<BelvoClient, Task<object?>> Call,
        string? Body = null,
        IDictionary<string, string>? Query = null,
        Action<object?>? Check = null);

    private static JsonArray ArrayOf(JsonNode item) => new(item.DeepClone());

    private static JsonObject PageOf(JsonNode item) =>
        new() { ["count"] = 1, ["next"] = null, ["previous"] = null, ["results"] = new JsonArray(item.DeepClone()) };

    private static Action<object?> ReadsPage<T>(JsonNode item) => result =>
    {
        var page = Assert.IsType<BelvoPage<T>>(result);
        Assert.Equal(1, page.Count);
        SpecSample.AssertReadAs(item, Assert.Single(page.Results));
    };

    private static Action<object?> ReadsList<T>(JsonNode item) => result =>
        SpecSample.AssertReadAs(item, Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<T>>(result)));

    private static Action<object?> ReadsOne<T>(JsonNode item) => result => SpecSample.AssertReadAs(item, Assert.IsAssignableFrom<T>(result));

    private static string ResumeBody(bool withSaveData) => withSaveData
        ? $$"""{"session":"2675b703b9d4451f8d4861a3eee54449","link":"{{LinkText}}","token":"1234","save_data":false}"""
        : $$"""{"session":"2675b703b9d4451f8d4861a3eee54449","link":"{{LinkText}}","token":"1234"}""";

    private static readonly Dictionary<string, Scenario> Scenarios = BuildScenarios();

    public static TheoryData<string> ScenarioNames => [.. Scenarios.Keys];

    private static Dictionary<string, Scenario> BuildScenarios()
    {
        var income = SpecSample.Item("Income");
        var expense = SpecSample.Item("RecurringExpenses");
        var risk = SpecSample.Item("RiskInsights");
        var employment = SpecSample.Item("EmploymentRecord");
        var declaration = SpecSample.Item("TaxDeclarationIndividual");
        var retention = SpecSample.Item("TaxRetentions");
        var compliance = SpecSample.Item("TaxComplianceStatus");
        var portfolio = SpecSample.Item("InvestmentsPortfolio");
        var receivable = SpecSample.Item("ReceivablesTransaction");
        var categorized = SpecSample.Item("Categorization");
        const string session = "2675b703b9d4451f8d4861a3eee54449";
        var linkOnly = $$"""{"link":"{{LinkText}}"}""";

        return new Dictionary<string, Scenario>
        {
            ["incomes: list with account filters"] = new(
                "GET", "/api/incomes/", 200, PageOf(income),
                async c => await c.Incomes.ListAsync(new IncomeListOptions { Link = Link, Account = AccountA, AccountIn = [AccountA, AccountB] }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["account"] = AccountA.ToString(), ["account__in"] = $"{AccountA},{AccountB}" },
                Check: ReadsPage<Income>(income)),
            ["incomes: detail answered as the documented one-item array"] = new(
                "GET", $"/api/incomes/{ItemId}/", 200, ArrayOf(income),
                async c => await c.Incomes.GetAsync(SpecSample.ItemId),
                Check: ReadsOne<Income>(income)),
            ["incomes: retrieve answered as the documented single object"] = new(
                "POST", "/api/incomes/", 201, income,
                async c => await c.Incomes.RetrieveAsync(new IncomesRetrieveRequest
                {
                    Link = Link,
                    DateFrom = new DateOnly(2024, 1, 1),
                    DateTo = new DateOnly(2024, 6, 30),
                    AllowedIncomeTypes = [AllowedIncomeType.Salary],
                    MinimumConfidenceLevel = IncomeConfidence.High,
                    SaveData = false,
                }),
                Body: $$"""{"link":"{{LinkText}}","allowed_income_types":["SALARY"],"minimum_confidence_level":"HIGH","date_from":"2024-01-01","date_to":"2024-06-30","save_data":false}""",
                Check: ReadsList<Income>(income)),
            ["incomes: resume answered as an array"] = new(
                "PATCH", "/api/incomes/", 200, ArrayOf(income),
                async c => await c.Incomes.ResumeAsync(session, "1234", Link, saveData: false),
                Body: ResumeBody(withSaveData: true),
                Check: ReadsList<Income>(income)),
            ["recurring expenses: list sends account__in under both spellings"] = new(
                "GET", "/api/recurring-expenses/", 200, PageOf(expense),
                async c => await c.RecurringExpenses.ListAsync(new RecurringExpenseListOptions { Link = Link, AccountIn = [AccountA] }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["account__in"] = AccountA.ToString() },
                Check: ReadsPage<RecurringExpense>(expense)),
            ["recurring expenses: detail answered as the documented one-item array"] = new(
                "GET", $"/api/recurring-expenses/{ItemId}/", 200, ArrayOf(expense),
                async c => await c.RecurringExpenses.GetAsync(SpecSample.ItemId),
                Check: ReadsOne<RecurringExpense>(expense)),
            ["recurring expenses: retrieve"] = new(
                "POST", "/api/recurring-expenses/", 201, ArrayOf(expense),
                async c => await c.RecurringExpenses.RetrieveAsync(new RecurringExpensesRetrieveRequest { Link = Link, Token = "1234" }),
                Body: $$"""{"link":"{{LinkText}}","token":"1234"}""",
                Check: ReadsList<RecurringExpense>(expense)),
            ["recurring expenses: resume"] = new(
                "PATCH", "/api/recurring-expenses/", 200, ArrayOf(expense),
                async c => await c.RecurringExpenses.ResumeAsync(session, "1234", Link, saveData: false),
                Body: ResumeBody(withSaveData: true),
                Check: ReadsList<RecurringExpense>(expense)),
            ["risk insights: list"] = new(
                "GET", "/api/risk-insights/", 200, PageOf(risk),
                async c => await c.RiskInsights.ListAsync(new RiskInsightsListOptions { Link = Link, IdIn = [SpecSample.ItemId] }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["id__in"] = ItemId },
                Check: ReadsPage<RiskInsights>(risk)),
            ["risk insights: detail answered as the documented one-item array"] = new(
                "GET", $"/api/risk-insights/{ItemId}/", 200, ArrayOf(risk),
                async c => await c.RiskInsights.GetAsync(SpecSample.ItemId),
                Check: ReadsOne<RiskInsights>(risk)),
            ["risk insights: retrieve"] = new(
                "POST", "/api/risk-insights/", 201, ArrayOf(risk),
                async c => await c.RiskInsights.RetrieveAsync(new RetrieveRequest { Link = Link }),
                Body: linkOnly,
                Check: ReadsList<RiskInsights>(risk)),
            ["employment records: list"] = new(
                "GET", "/api/employment-records/", 200, PageOf(employment),
                async c => await c.EmploymentRecords.ListAsync().GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000" },
                Check: ReadsPage<EmploymentRecord>(employment)),
            ["employment records: detail"] = new(
                "GET", $"/api/employment-records/{ItemId}/", 200, employment,
                async c => await c.EmploymentRecords.GetAsync(SpecSample.ItemId),
                Check: ReadsOne<EmploymentRecord>(employment)),
            ["employment records: retrieve with the PDF"] = new(
                "POST", "/api/employment-records/", 201, ArrayOf(employment),
                async c => await c.EmploymentRecords.RetrieveAsync(new EmploymentRecordsRetrieveRequest { Link = Link, AttachPdf = true }),
                Body: $$"""{"link":"{{LinkText}}","attach_pdf":true}""",
                Check: ReadsList<EmploymentRecord>(employment)),
            ["tax declarations: list by year"] = new(
                "GET", "/api/tax-declarations/", 200, PageOf(declaration),
                async c => await c.TaxDeclarations.ListAsync(new TaxDeclarationListOptions { Link = Link, Year = ComparisonFilter.AtLeast(2022) }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["year__gte"] = "2022" },
                Check: result => Assert.IsType<TaxDeclarationIndividual>(Assert.Single(Assert.IsType<BelvoPage<TaxDeclaration>>(result).Results))),
            ["tax declarations: retrieve reads the individual shape"] = new(
                "POST", "/api/tax-declarations/", 201, ArrayOf(declaration),
                async c => await c.TaxDeclarations.RetrieveAsync(new TaxDeclarationsRetrieveRequest { Link = Link, YearFrom = "2021", YearTo = "2023" }),
                Body: $$"""{"link":"{{LinkText}}","year_from":"2021","year_to":"2023"}""",
                Check: result => SpecSample.AssertReadAs(declaration, Assert.IsType<TaxDeclarationIndividual>(Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<TaxDeclaration>>(result))))),
            ["tax retentions: list by creation time"] = new(
                "GET", "/api/tax-retentions/", 200, PageOf(retention),
                async c => await c.TaxRetentions.ListAsync(new TaxRetentionListOptions { Link = Link, CreatedAt = ComparisonFilter.AtLeast(new DateOnly(2024, 3, 1)) }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["created_at__gte"] = "2024-03-01" },
                Check: ReadsPage<TaxRetention>(retention)),
            ["tax retentions: retrieve"] = new(
                "POST", "/api/tax-retentions/", 201, ArrayOf(retention),
                async c => await c.TaxRetentions.RetrieveAsync(new TaxRetentionsRetrieveRequest
                {
                    Link = Link, DateFrom = new DateOnly(2024, 1, 1), DateTo = new DateOnly(2024, 12, 31), Type = TaxRetentionType.Inflow, AttachXml = true,
                }),
                Body: $$"""{"link":"{{LinkText}}","date_from":"2024-01-01","date_to":"2024-12-31","type":"INFLOW","attach_xml":true}""",
                Check: ReadsList<TaxRetention>(retention)),
            ["tax compliance status: retrieve answers one object"] = new(
                "POST", "/api/tax-compliance-status/", 201, compliance,
                async c => await c.TaxComplianceStatus.RetrieveAsync(new TaxComplianceStatusRetrieveRequest { Link = Link, AttachPdf = true, SaveData = false }),
                Body: $$"""{"link":"{{LinkText}}","attach_pdf":true,"save_data":false}""",
                Check: ReadsOne<TaxComplianceStatus>(compliance)),
            ["tax compliance status: detail"] = new(
                "GET", $"/api/tax-compliance-status/{ItemId}/", 200, compliance,
                async c => await c.TaxComplianceStatus.GetAsync(SpecSample.ItemId),
                Check: ReadsOne<TaxComplianceStatus>(compliance)),
            ["investment portfolios: list"] = new(
                "GET", "/investments/portfolios/", 200, PageOf(portfolio),
                async c => await c.InvestmentPortfolios.ListAsync(new InvestmentPortfolioListOptions { LinkIn = [Link] }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link__in"] = LinkText },
                Check: ReadsPage<InvestmentPortfolio>(portfolio)),
            ["investment portfolios: retrieve answered as the documented single object"] = new(
                "POST", "/investments/portfolios/", 201, portfolio,
                async c => await c.InvestmentPortfolios.RetrieveAsync(new RetrieveRequest { Link = Link, SaveData = true }),
                Body: $$"""{"link":"{{LinkText}}","save_data":true}""",
                Check: ReadsList<InvestmentPortfolio>(portfolio)),
            ["investment portfolios: resume sends no save_data"] = new(
                "PATCH", "/investments/portfolios/", 200, portfolio,
                async c => await c.InvestmentPortfolios.ResumeAsync(session, "1234", Link),
                Body: ResumeBody(withSaveData: false),
                Check: ReadsList<InvestmentPortfolio>(portfolio)),
            ["receivable transactions: list by value date and account"] = new(
                "GET", "/receivables/transactions/", 200, PageOf(receivable),
                async c => await c.ReceivableTransactions.ListAsync(new ReceivableTransactionListOptions
                {
                    Link = Link, Account = AccountA, ValueDate = ComparisonFilter.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31)),
                }).GetPageAsync(),
                Query: new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkText, ["account"] = AccountA.ToString(), ["value_date__range"] = "2024-01-01,2024-01-31" },
                Check: ReadsPage<ReceivableTransaction>(receivable)),
            ["receivable transactions: retrieve"] = new(
                "POST", "/receivables/transactions/", 201, ArrayOf(receivable),
                async c => await c.ReceivableTransactions.RetrieveAsync(new ReceivableTransactionsRetrieveRequest
                {
                    Link = Link, DateFrom = new DateOnly(2024, 1, 1), DateTo = new DateOnly(2024, 1, 31),
                }),
                Body: $$"""{"link":"{{LinkText}}","date_from":"2024-01-01","date_to":"2024-01-31"}""",
                Check: ReadsList<ReceivableTransaction>(receivable)),
            ["enrichment: categorize"] = new(
                "POST", "/api/categorization/", 200, categorized,
                async c => await c.Enrichment.CategorizeAsync(new CategorizationRequest
                {
                    Language = "es",
                    Transactions =
                    [
                        new CategorizationRequestTransaction
                        {
                            TransactionId = "tx-1", AccountHolderId = "holder-1", AccountId = "acc-1",
                            AccountHolderType = CategorizationAccountHolderType.Individual,
                            AccountCategory = CategorizationAccountCategory.CheckingAccount,
                            ValueDate = new DateOnly(2024, 1, 3), Description = "OXXO SUC 123",
                            Type = TransactionType.Outflow, Amount = 154.50m, Currency = "MXN", Institution = "my-bank",
                        },
                    ],
                }),
                Body: """{"language":"es","transactions":[{"description":"OXXO SUC 123","transaction_id":"tx-1","account_holder_type":"INDIVIDUAL","account_holder_id":"holder-1","account_id":"acc-1","account_category":"CHECKING_ACCOUNT","value_date":"2024-01-03","type":"OUTFLOW","amount":154.50,"currency":"MXN","institution":"my-bank"}]}""",
                Check: ReadsOne<CategorizationResult>(categorized)),
            ["enrichment: verify incomes"] = new(
                "POST", "/api/enrich/incomes/", 200, ArrayOf(income),
                async c => await c.Enrichment.VerifyIncomesAsync(new IncomeEnrichmentRequest
                {
                    Language = "es",
                    Transactions =
                    [
                        new IncomeEnrichmentTransaction
                        {
                            TransactionId = "tx-9", AccountHolderId = AccountB, AccountId = "acc-9",
                            AccountHolderType = IncomeEnrichmentAccountHolderType.Individual,
                            AccountCategory = IncomeEnrichmentAccountCategory.SavingsAccount,
                            ValueDate = new DateOnly(2024, 2, 15), Description = "NOMINA ACME",
                            Type = IncomeEnrichmentTransactionType.Inflow, Amount = 25000m, Currency = "MXN", Institution = "my-bank",
                        },
                    ],
                }),
                Body: $$"""{"language":"es","transactions":[{"description":"NOMINA ACME","transaction_id":"tx-9","account_holder_type":"INDIVIDUAL","account_holder_id":"{{AccountB}}","account_id":"acc-9","account_category":"SAVINGS_ACCOUNT","value_date":"2024-02-15","type":"INFLOW","amount":25000,"currency":"MXN","institution":"my-bank"}]}""",
                Check: ReadsList<Income>(income)),
        };
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Each_operation_sends_the_exact_request_and_reads_the_typed_result(string name)
    {
        var scenario = Scenarios[name];
        _belvo.Respond(scenario.Method, scenario.Path, scenario.Status, scenario.Answer?.ToJsonString());

        var result = await scenario.Call(_belvo.CreateClient());

        RequestAssert.Sent(Assert.Single(_belvo.Requests), scenario.Method, scenario.Path, scenario.Query, scenario.Body);
        Assert.NotNull(scenario.Check);
        scenario.Check(result);
    }

    [Theory]
    [InlineData("incomes")]
    [InlineData("recurring-expenses")]
    [InlineData("risk-insights")]
    [InlineData("employment-records")]
    [InlineData("tax-declarations")]
    [InlineData("tax-retentions")]
    [InlineData("tax-compliance-status")]
    [InlineData("investments")]
    [InlineData("receivables")]
    public async Task Delete_sends_DELETE_on_the_item_path(string resource)
    {
        var (path, delete) = resource switch
        {
            "incomes" => ("/api/incomes/", (Func<BelvoClient, Task>)(c => c.Incomes.DeleteAsync(SpecSample.ItemId))),
            "recurring-expenses" => ("/api/recurring-expenses/", c => c.RecurringExpenses.DeleteAsync(SpecSample.ItemId)),
            "risk-insights" => ("/api/risk-insights/", c => c.RiskInsights.DeleteAsync(SpecSample.ItemId)),
            "employment-records" => ("/api/employment-records/", c => c.EmploymentRecords.DeleteAsync(SpecSample.ItemId)),
            "tax-declarations" => ("/api/tax-declarations/", c => c.TaxDeclarations.DeleteAsync(SpecSample.ItemId)),
            "tax-retentions" => ("/api/tax-retentions/", c => c.TaxRetentions.DeleteAsync(SpecSample.ItemId)),
            "tax-compliance-status" => ("/api/tax-compliance-status/", c => c.TaxComplianceStatus.DeleteAsync(SpecSample.ItemId)),
            "investments" => ("/investments/portfolios/", c => c.InvestmentPortfolios.DeleteAsync(SpecSample.ItemId)),
            _ => ("/receivables/transactions/", (Func<BelvoClient, Task>)(c => c.ReceivableTransactions.DeleteAsync(SpecSample.ItemId))),
        };

        await _belvo.AssertDeletesAsync($"{path}{ItemId}/", delete);
    }

    [Fact]
    public Task An_optional_period_with_one_end_is_refused_before_sending() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request",
            "Set both DateFrom and DateTo, or neither",
            c => c.Incomes.RetrieveAsync(new IncomesRetrieveRequest { Link = Link, DateFrom = new DateOnly(2024, 1, 1) }));

    [Fact]
    public Task A_reversed_period_is_refused_on_the_newer_resources_too() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) =>
            c.TaxRetentions.RetrieveAsync(new TaxRetentionsRetrieveRequest { Link = Link, DateFrom = from, DateTo = to, Type = TaxRetentionType.Outflow }));

    [Fact]
    public Task A_retrieval_for_an_empty_link_is_refused() =>
        _belvo.AssertEmptyIdRefusedAsync("request", c => c.RiskInsights.RetrieveAsync(new RetrieveRequest { Link = Guid.Empty }));

    [Fact]
    public Task Enrichment_refuses_more_than_ten_thousand_transactions_before_sending() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request",
            "Send from 1 to 10,000 transactions per call (got 10,001)",
            c => c.Enrichment.CategorizeAsync(new CategorizationRequest
            {
                Language = "pt",
                Transactions = [.. Enumerable.Repeat(new CategorizationRequestTransaction
                {
                    TransactionId = "t", AccountHolderId = "h", AccountId = "a",
                    AccountHolderType = CategorizationAccountHolderType.Business,
                    AccountCategory = CategorizationAccountCategory.CreditCard,
                    ValueDate = new DateOnly(2024, 1, 1), Description = "d",
                    Type = TransactionType.Outflow, Amount = 1m, Currency = "BRL", Institution = "i",
                }, 10_001)],
            }));
}
