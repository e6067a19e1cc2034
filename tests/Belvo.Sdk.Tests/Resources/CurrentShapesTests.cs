using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using Belvo.Sdk.Tests.Models;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

/// <summary>
/// The answers and requests of Belvo as it is today (description 1.223.0) that the SDK built on 1.35.0 could not
/// handle, one test each, through the public API against a real HTTP server.
/// </summary>
public sealed class CurrentShapesTests : IDisposable
{
    private static readonly Guid ItemId = Guid.Parse("0d3ffb69-f83b-456e-ad8e-208d0998d71d");
    private static readonly Guid AccountId = Guid.Parse("c21f3914-bcbe-44c4-a2e8-a5e33f6888d4");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>A risk-insights object with the fields 1.223.0 added (assets and category metrics).</summary>
    private static readonly string RiskInsightsJson = $$"""
        {
          "id": "{{ItemId}}",
          "link": "{{LinkIdText}}",
          "created_at": "2024-03-01T10:15:00Z",
          "accounts": ["{{AccountId}}"],
          "assets_metrics": {
            "institutions": ["ofmockbank_br_retail"],
            "num_assets_accounts": 2,
            "num_checking_accounts": 1,
            "num_savings_accounts": 1,
            "checking_accounts_balance": 1500.25,
            "savings_accounts_balance": 20000.5
          },
          "category_metrics": [
            { "category": "Income & Payments", "subcategory": "Salary", "net_amount_3m": 15200.75, "category_inflow_ratio_3m": 0.81, "trend_3m": -0.05 }
          ]
        }
        """;

    public static TheoryData<string> RiskInsightsAnswers() => [RiskInsightsJson, $"[{RiskInsightsJson}]"];

    [Theory]
    [MemberData(nameof(RiskInsightsAnswers))]
    public async Task RiskInsights_RetrieveAsync_reads_one_object_as_Belvo_answers_now_and_still_a_list(string answer)
    {
        var (insights, sent) = await _belvo.CallAsync("POST", "/api/risk-insights/", 201, answer,
            c => c.RiskInsights.RetrieveAsync(new RetrieveRequest { Link = LinkId, SaveData = true }));

        RequestAssert.Sent(sent, "POST", "/api/risk-insights/", jsonBody: $$"""{"link":"{{LinkIdText}}","save_data":true}""");
        var single = Assert.Single(insights);
        Assert.Equal(ItemId, single.Id);
        Assert.Equal(LinkId, single.Link);
        Assert.Equal([AccountId], single.Accounts);

        // Fields 1.223.0 added are typed, not left in AdditionalProperties.
        Assert.Equal(2, single.AssetsMetrics!.NumAssetsAccounts);
        Assert.Equal(20000.5m, single.AssetsMetrics.SavingsAccountsBalance);
        Assert.Equal(["ofmockbank_br_retail"], single.AssetsMetrics.Institutions);
        var category = Assert.Single(single.CategoryMetrics);
        Assert.Equal("Income & Payments", category.Category?.Value);
        Assert.Equal(15200.75m, category.NetAmount3M);
        Assert.Equal(-0.05m, category.Trend3M);
        Assert.Null(single.AdditionalProperties);
    }

    [Fact]
    public async Task A_null_link_on_incomes_tax_status_and_risk_insights_reads_as_null()
    {
        var income = $$"""
            {"id":"{{ItemId}}","link":null,"created_at":"2024-03-01T10:15:00Z","income_streams":[],"income_source_type":"BANK",
             "last_transaction_date":"2024-02-28","best_working_day_to_charge":5,"good_working_days_to_charge":[5,6,7],
             "number_of_income_streams":0,"monthly_average":0}
            """;
        var taxStatus = $$"""{"id":"{{ItemId}}","link":null,"collected_at":"2024-03-01T10:15:00Z","created_at":"2024-03-01T10:15:01Z","official_name":"ACNE SA DE CV"}""";
        var risk = JsonNode.Parse(RiskInsightsJson)!;
        risk["link"] = null;
        _belvo.Respond("GET", $"/api/incomes/{ItemId}/", 200, income);
        _belvo.Respond("GET", $"/api/tax-status/{ItemId}/", 200, taxStatus);
        _belvo.Respond("GET", $"/api/risk-insights/{ItemId}/", 200, risk.ToJsonString());
        var client = _belvo.CreateClient();

        var readIncome = await client.Incomes.GetAsync(ItemId);
        var readStatus = await client.TaxStatus.GetAsync(ItemId);
        var readRisk = await client.RiskInsights.GetAsync(ItemId);

        Assert.Collection(
            _belvo.Requests,
            request => RequestAssert.Sent(request, "GET", $"/api/incomes/{ItemId}/"),
            request => RequestAssert.Sent(request, "GET", $"/api/tax-status/{ItemId}/"),
            request => RequestAssert.Sent(request, "GET", $"/api/risk-insights/{ItemId}/"));
        Assert.Null(readIncome.Link);
        Assert.Equal(5, readIncome.BestWorkingDayToCharge);
        Assert.Equal([5, 6, 7], readIncome.GoodWorkingDaysToCharge);
        Assert.Null(readStatus.Link);
        Assert.Equal("ACNE SA DE CV", readStatus.OfficialName);
        Assert.Null(readRisk.Link);
        Assert.Equal(ItemId, readRisk.Id);
    }

    [Fact]
    public async Task The_specs_loan_account_with_a_fee_whose_type_is_null_reads()
    {
        var (_, example) = SpecExamples.Responses["GET /api/accounts/{id}/ 200 AccountsOfdaLoanData"];
        var path = $"/api/accounts/{ItemId}/";

        var (account, sent) = await _belvo.CallAsync("GET", path, 200, example, c => c.Accounts.GetAsync(ItemId));

        RequestAssert.Sent(sent, "GET", path);
        Assert.Equal(ItemId, account.Id);
        var fee = Assert.Single(account.LoanData!.Fees!);
        Assert.Null(fee.Type);
        Assert.Equal(200.5m, fee.Value);
        Assert.Equal("ADMNISTRACAO", fee.Code);
        Assert.Equal(AccountLoanDataFeeCharge.FromValue("FIXED"), fee.FeeCharge);
    }

    [Fact]
    public async Task A_sat_invoice_item_with_a_fractional_quantity_reads_as_a_decimal()
    {
        var (_, example) = SpecExamples.Responses["GET /api/invoices/{id}/ 200 InvoiceIngresso"];
        var invoice = JsonNode.Parse(example)!;
        invoice["invoice_details"]![0]!["quantity"] = 2.5m;
        var path = $"/api/invoices/{ItemId}/";

        var (read, sent) = await _belvo.CallAsync("GET", path, 200, invoice.ToJsonString(), c => c.Invoices.GetAsync(ItemId));

        RequestAssert.Sent(sent, "GET", path);
        Assert.Equal(2.5m, read.InvoiceDetails[0].Quantity);
    }

    [Fact]
    public async Task Links_ListAsync_sends_created_at_filters_as_dates()
    {
        var options = new LinkListOptions { CreatedAt = new ComparisonFilter<DateOnly> { GreaterThanOrEqual = new DateOnly(2024, 3, 1), LessThan = new DateOnly(2024, 4, 1) } };

        var (page, sent) = await _belvo.CallAsync("GET", "/api/links/", 200, PageOf(0, null), c => c.Links.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(sent, "GET", "/api/links/", new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["created_at__gte"] = "2024-03-01",
            ["created_at__lt"] = "2024-04-01",
        });
        Assert.Empty(page.Results);
    }

    [Theory]
    [InlineData("regimes")]
    [InlineData("regimens")]
    public async Task Tax_status_regimes_read_under_either_name_into_the_same_property(string wireName)
    {
        var status = $$"""
            {"id":"{{ItemId}}","link":"{{LinkIdText}}","collected_at":"2024-03-01T10:15:00Z","created_at":"2024-03-01T10:15:01Z",
             "{{wireName}}":[{"regimen":"Régimen General de Ley Personas Morales","initial_date":"2015-01-01","end_date":null}]}
            """;
        var path = $"/api/tax-status/{ItemId}/";

        var (read, sent) = await _belvo.CallAsync("GET", path, 200, status, c => c.TaxStatus.GetAsync(ItemId));

        RequestAssert.Sent(sent, "GET", path);
        var regime = Assert.Single(read.Regimes!);
        Assert.Equal("Régimen General de Ley Personas Morales", regime.Regimen);
        Assert.Equal(new DateOnly(2015, 1, 1), regime.InitialDate);
        Assert.Null(regime.EndDate);
        Assert.Null(read.AdditionalProperties);

        // Written back under the documented name only.
        var written = JsonNode.Parse(JsonSerializer.Serialize(read, Sdk.Serialization.BelvoJsonContext.Default.TaxStatusSat))!.AsObject();
        Assert.True(written.ContainsKey("regimes"));
        Assert.False(written.ContainsKey("regimens"));
    }

    [Fact]
    public async Task Registering_a_link_sends_no_fetch_historical()
    {
        var request = new FiscalMexicoLinkRequest { Institution = "sat_mx_fiscal", Username = "AAA010101AAA", Password = "abcd1234", AccessMode = LinkAccessMode.Single };
        var link = $$"""{"id":"{{LinkIdText}}","institution":"sat_mx_fiscal","access_mode":"single","status":"valid","created_at":"2024-03-01T10:15:00Z"}""";

        var (registered, sent) = await _belvo.CallAsync("POST", "/api/links/", 201, link, c => c.Links.RegisterAsync(request));

        RequestAssert.Sent(sent, "POST", "/api/links/", jsonBody: """{"institution":"sat_mx_fiscal","username":"AAA010101AAA","password":"abcd1234","access_mode":"single"}""");
        Assert.Equal(LinkId, registered.Id);
    }

    [Fact]
    public async Task Recurring_expenses_are_filtered_by_account__in_not_account_in()
    {
        var options = new RecurringExpenseListOptions { Link = LinkId, AccountIn = [AccountId, ItemId] };

        var (_, sent) = await _belvo.CallAsync("GET", "/api/recurring-expenses/", 200, PageOf(0, null), c => c.RecurringExpenses.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(sent, "GET", "/api/recurring-expenses/", new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["account__in"] = $"{AccountId},{ItemId}",
        });
    }

    [Fact]
    public async Task A_widget_token_without_an_external_id_sends_none()
    {
        var request = new WidgetTokenRequest { Scopes = ["read_institutions", "write_links"], FetchResources = ["ACCOUNTS", "OWNERS"], StaleIn = "365d" };

        var (token, sent) = await _belvo.CallAsync("POST", "/api/token/", 200, """{"access":"a.b.c","refresh":"d.e.f"}""", c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", "/api/token/", jsonBody: $$"""
            {"id":"{{BelvoTestServer.SecretId}}","password":"{{BelvoTestServer.SecretPassword}}","scopes":"read_institutions,write_links",
             "fetch_resources":["ACCOUNTS","OWNERS"],"stale_in":"365d"}
            """);
        Assert.Equal("a.b.c", token.Access);
    }

    [Fact]
    public async Task Fields_1_223_0_dropped_arrive_in_AdditionalProperties_when_Belvo_still_sends_them()
    {
        var (_, example) = SpecExamples.Responses["GET /api/accounts/{id}/ 200 AccountsOfdaCreditCard"];
        var account = JsonNode.Parse(example)!;
        account["bank_product_id"] = "148";
        account["receivables_data"] = new JsonObject { ["available"] = 100.5m };
        account["credit_data"]!["end_date"] = "2024-12-31";
        var income = $$"""
            {"id":"{{ItemId}}","link":"{{LinkIdText}}","created_at":"2024-03-01T10:15:00Z","income_streams":[],"income_source_type":"BANK",
             "last_transaction_date":"2024-02-28","number_of_income_streams":0,"monthly_average":0,"institution":"ofmockbank_br_retail"}
            """;
        var (_, invoiceExample) = SpecExamples.Responses["GET /api/invoices/{id}/ 200 InvoiceIngresso"];
        var invoice = JsonNode.Parse(invoiceExample)!;
        invoice["invoice_details"]![0]!["tax_type"] = "IVA";
        _belvo.Respond("GET", $"/api/accounts/{ItemId}/", 200, account.ToJsonString());
        _belvo.Respond("GET", $"/api/incomes/{ItemId}/", 200, income);
        _belvo.Respond("GET", $"/api/invoices/{ItemId}/", 200, invoice.ToJsonString());
        var client = _belvo.CreateClient();

        var readAccount = await client.Accounts.GetAsync(ItemId);
        var readIncome = await client.Incomes.GetAsync(ItemId);
        var readInvoice = await client.Invoices.GetAsync(ItemId);

        Assert.Equal(3, _belvo.Requests.Count);
        Assert.Equal("148", readAccount.AdditionalProperties!["bank_product_id"].GetString());
        Assert.Equal(100.5m, readAccount.AdditionalProperties["receivables_data"].GetProperty("available").GetDecimal());
        Assert.Equal("2024-12-31", readAccount.CreditData!.AdditionalProperties!["end_date"].GetString());
        Assert.Equal("ofmockbank_br_retail", readIncome.AdditionalProperties!["institution"].GetString());
        Assert.Equal("IVA", readInvoice.InvoiceDetails[0].AdditionalProperties!["tax_type"].GetString());

        // And they are written back unchanged.
        var written = JsonNode.Parse(JsonSerializer.Serialize(readAccount, Sdk.Serialization.BelvoJsonContext.Default.Account))!;
        Assert.Equal("148", written["bank_product_id"]!.GetValue<string>());
        Assert.Equal("2024-12-31", written["credit_data"]!["end_date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Account_and_owner_fields_Belvo_now_sends_are_typed()
    {
        var (_, accountExample) = SpecExamples.Responses["GET /api/accounts/{id}/ 200 AccountsOfdaChecking"];
        var (_, ownerExample) = SpecExamples.Responses["GET /api/owners/{id}/ 200 OwnerIndividualOfdaDetails"];
        var expectedAccount = JsonNode.Parse(accountExample)!;
        var expectedOwner = JsonNode.Parse(ownerExample)!;
        _belvo.Respond("GET", $"/api/accounts/{ItemId}/", 200, accountExample);
        _belvo.Respond("GET", $"/api/owners/{ItemId}/", 200, ownerExample);
        var client = _belvo.CreateClient();

        var account = await client.Accounts.GetAsync(ItemId);
        var owner = Assert.IsType<BrazilIndividualOwner>(await client.Owners.GetAsync(ItemId));

        Assert.Equal(expectedAccount["agency"]?.GetValue<string>(), account.Agency);
        Assert.Equal(expectedAccount["check_digit"]?.GetValue<string>(), account.CheckDigit);
        Assert.Equal(expectedAccount["subtype"]!.GetValue<string>(), account.Subtype);
        Assert.Equal(expectedAccount["overdraft"]!["used"]!.GetValue<decimal>(), account.Overdraft!.Used);
        Assert.Equal(DateOnly.Parse(expectedOwner["birth_date"]!.GetValue<string>(), CultureInfo.InvariantCulture), owner.BirthDate);
        Assert.Equal(expectedOwner["gender"]!.GetValue<string>(), owner.Gender?.Value);
        Assert.Equal(expectedOwner["filiations"]!.AsArray().Count, owner.Filiations.Count);
        Assert.Null(account.AdditionalProperties);
        Assert.Null(owner.AdditionalProperties);
    }

    [Fact]
    public async Task A_chile_tax_status_date_written_day_first_as_in_the_specs_examples_reads()
    {
        var status = $$"""{"id":"{{ItemId}}","link":"{{LinkIdText}}","entity_details":{"incorporation_date":"24-09-2010","start_date":"2010-09-24","end_date":null,"document_id_type":"RUT","document_id_number":"76.086.428-5","name":"ACME SpA"} }""";
        var path = $"/api/cl/tax-status/{ItemId}/";

        var (read, sent) = await _belvo.CallAsync("GET", path, 200, status, c => c.ChileTaxStatus.GetAsync(ItemId));

        RequestAssert.Sent(sent, "GET", path);
        Assert.Equal(new DateOnly(2010, 9, 24), read.EntityDetails!.IncorporationDate);
        Assert.Equal(new DateOnly(2010, 9, 24), read.EntityDetails.StartDate);
        Assert.Null(read.EntityDetails.EndDate);
    }
}
