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
        var account = ModelJson.Example<Account>("GET /api/accounts/{id} 200 AccountsBankingChecking");

        Assert.Equal(4523.48m, account.Balance.Current);
        Assert.Equal(4523.48m, account.Balance.Available);
        Assert.Equal(AccountCategory.CheckingAccount, account.Category);
        Assert.Equal(Guid.Parse("c21f3914-bcbe-44c4-a2e8-a5e33f6888d4"), account.Id);
        Assert.Equal("erebor_mx_retail", account.Institution?.Name);
    }

    [Fact]
    public void Transaction_value_date_is_a_date_only()
    {
        var transaction = ModelJson.Example<Transaction>("GET /api/transactions/{id} 200 TransactionsChecking");

        Assert.Equal(new DateOnly(2022, 7, 11), transaction.ValueDate);
        Assert.Equal(932.5m, transaction.Amount);
        Assert.Equal(TransactionStatus.FromValue("UNCATEGORIZED"), transaction.Status);
    }

    [Fact]
    public void Transactions_list_example_reads_as_a_list()
    {
        var transactions = ModelJson.Example<IReadOnlyList<Transaction>>("POST /api/transactions 201 TransactionsChecking");

        var transaction = Assert.Single(transactions);
        Assert.Equal(TransactionType.Inflow, transaction.Type);
        Assert.Equal(TransactionCategory.IncomeAndPayments, transaction.Category);
    }

    [Fact]
    public void Invoice_example_from_the_sat_reads_as_a_sat_invoice()
    {
        var invoice = ModelJson.Example<Invoice>("GET /api/invoices/{id} 200 InvoiceNomina");

        var sat = Assert.IsType<SatInvoice>(invoice);
        Assert.Equal(SatInvoiceType.Nomina, sat.InvoiceType);
        Assert.NotNull(sat.Payroll);
        Assert.Equal("862B9918-3K6H-4E0B-NAI9-2BE2D833B840", ModelJson.Example<Invoice>("GET /api/invoices/{id} 200 InvoiceIngresso").InvoiceIdentification);
    }

    [Fact]
    public void Invoice_from_the_dian_reads_as_a_dian_invoice()
    {
        var invoice = ModelJson.Read<Invoice>(DianInvoiceJson);

        var dian = Assert.IsType<DianInvoice>(invoice);
        Assert.Equal(DianInvoiceType.FacturaElectronicaDeVenta, dian.InvoiceType);
        Assert.Equal(DianPaymentMethod.Contado, dian.PaymentMethod);
        Assert.Equal(new DateOnly(2023, 2, 15), dian.ExpirationDate);
        Assert.Equal(119000m, dian.TotalAmount);
    }

    [Theory]
    [InlineData("TaxReturnPersonal", typeof(TaxReturnPersonal))]
    [InlineData("TaxReturnPersonalMonthlyPFAE", typeof(TaxReturnPersonalMonthly))]
    [InlineData("TaxReturnPersonalMonthlyPFAI", typeof(TaxReturnPersonalMonthly))]
    [InlineData("TaxReturnBusiness", typeof(TaxReturnBusiness))]
    [InlineData("TaxReturnBusinessMonthly", typeof(TaxReturnBusinessMonthly))]
    public void Tax_return_examples_read_as_their_variant(string example, Type variant)
    {
        var detail = ModelJson.Example<TaxReturn>($"GET /api/tax-returns/{{id}} 200 {example}");
        var page = ModelJson.Example<BelvoPage<TaxReturn>>($"GET /api/tax-returns 200 {example}");

        Assert.IsType(variant, detail);
        Assert.All(page.Results, item => Assert.IsType(variant, item));
        Assert.NotEmpty(page.Results);
        Assert.NotNull(detail.InformacionGeneral);
    }

    [Fact]
    public void Monthly_tax_returns_keep_their_type_and_monthly_sections()
    {
        var monthly = Assert.IsType<TaxReturnBusinessMonthly>(
            ModelJson.Example<TaxReturn>("GET /api/tax-returns/{id} 200 TaxReturnBusinessMonthly"));

        Assert.Equal("monthly", monthly.Type);
        Assert.NotNull(monthly.DeterminacionIsr);
    }

    [Theory]
    [InlineData("TaxStatusPersonal")]
    [InlineData("TaxStatusBusiness")]
    public void Tax_status_examples_from_the_sat_read_as_sat(string example)
    {
        var status = ModelJson.Example<TaxStatus>($"GET /api/tax-status/{{id}} 200 {example}");

        var sat = Assert.IsType<TaxStatusSat>(status);
        Assert.NotNull(sat.DigitalStampChain);
        Assert.NotNull(sat.TaxPayerInformation);
    }

    [Fact]
    public void Tax_status_from_the_dian_reads_as_dian()
    {
        var status = ModelJson.Read<TaxStatus>("""
            {"id":"6de34cb3-bf0d-445d-b832-7ec7781e2c6f","link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
             "collected_at":"2022-02-09T08:45:50.406032Z","created_at":"2022-02-09T08:45:50.406032Z",
             "place_and_date_of_issuance":"2020-08-05/18:55:16","official_name":"Jar Jar Transport","id_cif":"12345678901",
             "tax_payer_information":{"rfc":"BEMP12345G58","curp":null,"name":"Jar Jar","first_last_name":"Binks",
               "second_last_name":null,"start_operations_date":null,"status_padron":null,"last_status_change_date":null},
             "address":{"postal_code":"332-55","state":"Bogota DC","municipality":"Bogota DC","suburb":null,"locality":null},
             "economic_activity":[{"economic_activity":"4923","order":"1","percentage":null,"initial_date":null,"end_date":null}],
             "regimens":[{"regimen":"49-No responsable de IVA","initial_date":null,"end_date":null}],
             "obligations":[],"digital_stamp":"\"44701362691\"","digital_stamp_chain":null,"pdf":null}
            """);

        var dian = Assert.IsType<TaxStatusDian>(status);
        Assert.Equal("49-No responsable de IVA", Assert.Single(dian.Regimens!).Regimen);
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

    internal const string DianInvoiceJson = """
        {"id":"90d90e38-0087-4b6d-b6dc-94ea561bb9cb","link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
         "collected_at":"2023-03-01T10:00:00Z","created_at":"2023-03-01T10:00:00Z","version":null,
         "invoice_identification":"SETT-3345","invoice_date":"2023-01-15","expiration_date":"2023-02-15","status":"VIGENTE",
         "invoice_type":"Factura Electrónica de Venta","type":"INFLOW","sender_id":"900123456","sender_name":"Jar Jar Transport",
         "sender_details":{"tax_payer_type":"Persona Jurídica","country":"CO"},"receiver_id":"800987654","receiver_name":"Naboo SAS",
         "receiver_details":{"tax_payer_type":"Persona Jurídica","country":"CO"},"payment_method":"Contado",
         "currency":"COP","subtotal_amount":100000,"tax_amount":19000,"discount_amount":0,"total_amount":119000,
         "invoice_details":null,"payments":null,"payroll":null,"xml":null,"warnings":null}
        """;
}
