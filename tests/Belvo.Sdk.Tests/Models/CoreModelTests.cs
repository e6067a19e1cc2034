using System.Text.Json.Nodes;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Concrete values of the core resources, read from the spec's examples and from Belvo-shaped JSON.</summary>
public sealed class CoreModelTests
{
    [Fact]
    public void Link_reads_id_status_access_mode_and_refresh_rate()
    {
        var link = ModelJson.Read<Link>("""
            {"id":"30cb4806-6e00-48a4-91c9-ca55968576c8","institution":"erebor_mx_retail","access_mode":"recurrent",
             "last_accessed_at":"2019-09-27T13:02:03.584Z","created_at":"2022-02-09T08:45:50.406032Z","external_id":null,
             "institution_user_id":"sooE7XJWEKypZJR603ecaWYk-8Ap0oD8Nr1pBQ4eG9c=","status":"valid",
             "created_by":"bcef7f35-67f2-4b19-b009-cb38795faf09","refresh_rate":"7d"}
            """);

        Assert.Equal(Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8"), link.Id);
        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal(LinkAccessMode.Recurrent, link.AccessMode);
        Assert.Equal(LinkRefreshRate.SevenDays, link.RefreshRate);
        Assert.Equal(new DateTimeOffset(2019, 9, 27, 13, 2, 3, 584, TimeSpan.Zero), link.LastAccessedAt);
        Assert.Null(link.ExternalId);
    }

    [Fact]
    public void Account_balance_is_a_decimal_and_category_an_enum()
    {
        var account = ModelJson.Example<Account>("GET /api/accounts/{id}/ 200 AccountsOfdaChecking");

        // 1.223.0's checking-account example (the OFDA Brazil account) replaced 1.35.0's erebor_mx_retail one.
        Assert.Equal(999.99m, account.Balance.Current);
        Assert.Equal(15000m, account.Balance.Available);
        Assert.Equal(41233.07m, account.Balance.Blocked);
        Assert.Equal(AccountCategory.CheckingAccount, account.Category);
        Assert.Equal(Guid.Parse("0d3ffb69-f83b-456e-ad8e-208d0998d71d"), account.Id);
        Assert.Equal("ofmockbank_br_retail", account.Institution?.Name);
    }

    [Fact]
    public void Transaction_value_date_is_a_date_only()
    {
        var transaction = ModelJson.Read<Transaction>(TransactionJson);

        Assert.Equal(new DateOnly(2022, 7, 11), transaction.ValueDate);
        Assert.Equal(932.5m, transaction.Amount);
        Assert.Equal(TransactionStatus.FromValue("UNCATEGORIZED"), transaction.Status);
    }

    [Fact]
    public void Transactions_list_reads_as_a_list()
    {
        var transactions = ModelJson.Read<IReadOnlyList<Transaction>>($"[{TransactionJson}]");

        var transaction = Assert.Single(transactions);
        Assert.Equal(TransactionType.Inflow, transaction.Type);
        Assert.Equal(TransactionCategory.IncomeAndPayments, transaction.Category);
    }

    [Fact]
    public void Invoice_examples_read_as_sat_invoices()
    {
        var sat = ModelJson.Example<SatInvoice>("GET /api/invoices/{id}/ 200 InvoiceNomina");

        Assert.Equal(SatInvoiceType.Nomina, sat.InvoiceType);
        Assert.NotNull(sat.Payroll);
        Assert.NotNull(ModelJson.Example<SatInvoice>("GET /api/invoices/{id}/ 200 InvoiceIngresso").InvoiceIdentification);
    }

    [Theory]
    [InlineData("TaxReturnPersonal", typeof(TaxReturnPersonal))]
    [InlineData("TaxReturnPersonalMonthlyPFAE", typeof(TaxReturnPersonalMonthly))]
    [InlineData("TaxReturnPersonalMonthlyPFAI", typeof(TaxReturnPersonalMonthly))]
    [InlineData("TaxReturnBusiness", typeof(TaxReturnBusiness))]
    [InlineData("TaxReturnBusinessMonthly", typeof(TaxReturnBusinessMonthly))]
    public void Tax_return_examples_read_as_their_variant(string example, Type variant)
    {
        var detail = ModelJson.Example<TaxReturn>($"GET /api/tax-returns/{{id}}/ 200 {example}");
        var page = ModelJson.Example<BelvoPage<TaxReturn>>($"GET /api/tax-returns/ 200 {example}");

        Assert.IsType(variant, detail);
        Assert.All(page.Results, item => Assert.IsType(variant, item));
        Assert.NotEmpty(page.Results);
        Assert.NotNull(detail.InformacionGeneral);
    }

    [Fact]
    public void Monthly_tax_returns_keep_their_type_and_monthly_sections()
    {
        var monthly = Assert.IsType<TaxReturnBusinessMonthly>(
            ModelJson.Example<TaxReturn>("GET /api/tax-returns/{id}/ 200 TaxReturnBusinessMonthly"));

        Assert.Equal("monthly", monthly.Type);
        Assert.NotNull(monthly.DeterminacionIsr);
    }

    [Theory]
    [InlineData("TaxStatusPersonal")]
    [InlineData("TaxStatusBusiness")]
    public void Tax_status_examples_from_the_sat_read_as_sat(string example)
    {
        var sat = ModelJson.Example<TaxStatusSat>($"GET /api/tax-status/{{id}}/ 200 {example}");

        Assert.NotNull(sat.DigitalStampChain);
        Assert.NotNull(sat.TaxPayerInformation);
    }

    [Fact]
    public void Tax_declarations_read_as_individual_or_business()
    {
        var page = ModelJson.Read<BelvoPage<TaxDeclaration>>("""
            {"count":2,"next":null,"previous":null,"results":[
              {"id":"6de34cb3-bf0d-445d-b832-7ec7781e2c6f","pension_income_statement":{"net_pension_income":1}},
              {"id":"7de34cb3-bf0d-445d-b832-7ec7781e2c6f","annual_costs_and_deductions_statement":{"costs":2}}]}
            """);

        Assert.IsType<TaxDeclarationIndividual>(page.Results[0]);
        Assert.Equal(2m, Assert.IsType<TaxDeclarationBusiness>(page.Results[1]).AnnualCostsAndDeductionsStatement.Costs);
    }

    [Fact]
    public void Tax_returns_request_writes_the_concrete_variant()
    {
        var link = Guid.Parse("d4617561-1c01-4b2f-83b6-a594f7b3bc57");
        TaxReturnsRetrieveRequest yearly = new TaxReturnsYearlyRequest { Link = link, YearFrom = "2018", YearTo = "2019" };
        TaxReturnsRetrieveRequest monthly = new TaxReturnsMonthlyRequest { Link = link, DateFrom = new DateOnly(2019, 1, 1), DateTo = new DateOnly(2019, 12, 31), AttachPdf = true };

        var yearlyJson = JsonNode.Parse(ModelJson.Write(yearly))!.AsObject();
        var monthlyJson = JsonNode.Parse(ModelJson.Write(monthly))!.AsObject();

        Assert.Equal("yearly", (string?)yearlyJson["type"]);
        Assert.Equal("2018", (string?)yearlyJson["year_from"]);
        Assert.Equal(link.ToString(), (string?)yearlyJson["link"]);
        Assert.False(yearlyJson.ContainsKey("date_from"));
        Assert.Equal("monthly", (string?)monthlyJson["type"]);
        Assert.Equal("2019-12-31", (string?)monthlyJson["date_to"]);
        Assert.True((bool?)monthlyJson["attach_pdf"]);
        Assert.IsType<TaxReturnsMonthlyRequest>(ModelJson.Read<TaxReturnsRetrieveRequest>(monthlyJson.ToJsonString()));
        Assert.IsType<TaxReturnsYearlyRequest>(ModelJson.Read<TaxReturnsRetrieveRequest>(yearlyJson.ToJsonString()));
    }

    internal const string TransactionJson = """
        {"id":"076c66e5-90f5-4e01-99c7-50e32f65ae42","created_at":"2022-07-20T22:09:33.767574Z","value_date":"2022-07-11",
         "accounting_date":"2022-07-11","amount":932.5,"balance":1245.5,"currency":"MXN","description":"SPEI RECIBIDO",
         "type":"INFLOW","status":"UNCATEGORIZED","category":"Income & Payments","subcategory":null}
        """;

    internal const string StandardOwnerJson = """
        {"id":"3f8f1b0d-52d6-4e75-a3d2-1c66bdc0f6a1","link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
         "collected_at":"2023-03-01T10:00:00Z","created_at":"2023-03-01T10:00:00Z","display_name":"Maria Martinez Martin",
         "first_name":"Maria","last_name":"Martinez","second_last_name":"Martin","business_name":null,"email":"maria@acme.com",
         "phone_number":"+52 55 1234 5678","address":"Retorno Gran Canaria 453","internal_identification":"O-1",
         "document_id":{"document_type":"RFC","document_number":"MAMM800101AB1"}}
        """;
}
