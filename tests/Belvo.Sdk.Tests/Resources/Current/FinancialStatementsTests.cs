using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Financial statements (SAT, Mexico): ListFinancialStatements, RetrieveFinancialStatements (and its asynchronous
/// form), DetailFinancialStatement, DestroyFinancialStatement.
/// </summary>
public sealed class FinancialStatementsTests : IDisposable
{
    private const string Collection = "/api/financial-statements/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>FinancialStatement</c> schema's property examples (Payloads/current/financial_statement.json), read into their types.</summary>
    private static void AssertIsSpecStatement(FinancialStatement statement)
    {
        Assert.Equal(SpecItemId, statement.Id);
        Assert.Equal(SpecLinkId, statement.Link);
        Assert.Equal(SpecTimestamp, statement.CollectedAt);
        Assert.Equal(SpecTimestamp, statement.CreatedAt);
        Assert.Null(statement.Error);
        Assert.Equal("2020", statement.Year); // the example writes the year as a number; the schema says a string
        Assert.Equal("MXN", statement.Currency);

        var sheet = statement.BalanceSheet;
        Assert.Equal(48572.01m, sheet.CurrentAssets!.CashAndEquivalents);
        Assert.Equal(0.01m, sheet.CurrentAssets.BadDebtProvision);
        Assert.Equal(372480.01m, sheet.CurrentAssets.Total);
        Assert.Equal(1123456.01m, sheet.NonCurrentAssets!.PropertyPlantAndEquipment);
        Assert.Equal(1346647.01m, sheet.NonCurrentAssets.Total);
        Assert.Equal(49876.01m, sheet.CurrentLiabilities!.BankLoans);
        Assert.Equal(260963.01m, sheet.CurrentLiabilities.Total);
        Assert.Equal(30218.01m, sheet.NonCurrentLiabilities!.EmployeeBenefits);
        Assert.Equal(178353.01m, sheet.NonCurrentLiabilities.Total);
        Assert.Equal(-5000.01m, sheet.Equity!.CapitalUpdateInsufficiency);
        Assert.Equal(836763.01m, sheet.Equity.Total);

        var income = statement.IncomeStatement;
        Assert.Equal(1212345.01m, income.NetRevenue);
        Assert.Equal(190890.01m, income.GrossProfit);
        Assert.Null(income.GrossLoss);
        Assert.Equal(-32000.01m, income.IncomeStatementFinancialCosts);
        Assert.Equal(69198.01m, income.NetIncome);
        Assert.Null(income.NetLoss);
        Assert.Null(statement.AdditionalProperties);
    }

    [Fact]
    [Covers("ListFinancialStatements")]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_statements()
    {
        AssertIsSpecStatement(await _belvo.AssertListsFirstPageAsync(Collection, "financial_statement", c => c.FinancialStatements.ListAsync()));
    }

    [Fact]
    [Covers("ListFinancialStatements")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new FinancialStatementListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.FinancialStatements.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("DetailFinancialStatement")]
    public async Task GetAsync_gets_the_statement_by_id_with_and_without_field_selection()
    {
        var statement = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("financial_statement"), (c, fields) => c.FinancialStatements.GetAsync(SpecItemId, fields));

        AssertIsSpecStatement(statement);
    }

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    [Covers("RetrieveFinancialStatements")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_without_the_async_header_and_reads_the_statements(int status, bool? saveData, string expectedBody)
    {
        var (statements, request) = await _belvo.CallAsync(
            "POST", Collection, status, $"[{Payload("financial_statement")}]",
            c => c.FinancialStatements.RetrieveAsync(new FinancialStatementsRetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertNotAsync(request);
        AssertIsSpecStatement(Assert.Single(statements));
    }

    [Fact]
    [Covers("RetrieveFinancialStatements")]
    [Covers("IFinancialStatementsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            $$"""{"link":"{{LinkIdText}}","save_data":true}""",
            c => c.FinancialStatements.RetrieveInBackgroundAsync(new FinancialStatementsRetrieveRequest { Link = LinkId, SaveData = true }),
            c => c.FinancialStatements.RetrieveInBackgroundWithResponseAsync(new FinancialStatementsRetrieveRequest { Link = LinkId, SaveData = true }));

    [Fact]
    [Covers("DestroyFinancialStatement")]
    public Task DeleteAsync_sends_DELETE_to_the_statement_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.FinancialStatements.DeleteAsync(SpecItemId));

    [Fact]
    public async Task Empty_ids_and_null_requests_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.FinancialStatements.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.FinancialStatements.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.FinancialStatements.RetrieveInBackgroundAsync(new FinancialStatementsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(FinancialStatementsRetrieveRequest), c => c.FinancialStatements.RetrieveAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(FinancialStatementsRetrieveRequest), c => c.FinancialStatements.RetrieveInBackgroundAsync(null!));
    }
}
