using System.Text;
using System.Text.Json;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

public sealed class BelvoWebhookTests
{
    private const string TransactionsHistory = """
        {
          "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
          "webhook_type": "TRANSACTIONS",
          "webhook_code": "historical_update",
          "process_type": "historical_update",
          "link_id": "30cb4806-6e00-48a4-91c9-ca55968576c8",
          "request_id": "9fc2e2a8-3c8f-4c7f-9a3c-0d6b1a1d2c3e",
          "external_id": "customer-42",
          "data": {
            "total_transactions": 340,
            "total_inflow_transactions": 120,
            "total_outflow_transactions": 220,
            "first_transaction_date": "2026-08-24",
            "last_transaction_date": "2026-11-22"
          }
        }
        """;

    public static TheoryData<string, Func<string, BelvoWebhook>> Parsers => new()
    {
        { "string", json => BelvoWebhook.Parse(json) },
        { "bytes", json => BelvoWebhook.Parse(Encoding.UTF8.GetBytes(json)) },
        { "stream", json => BelvoWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))).AsTask().GetAwaiter().GetResult() },
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Every_documented_field_is_read(string source, Func<string, BelvoWebhook> parse)
    {
        var webhook = parse(TransactionsHistory);

        Assert.NotNull(source);
        Assert.Equal("aadf41a1fc8e4f79a49f7f04027ac999", webhook.WebhookId);
        Assert.Equal(WebhookType.Transactions, webhook.WebhookType);
        Assert.Equal(WebhookCode.HistoricalUpdate, webhook.WebhookCode);
        Assert.Equal(WebhookProcessType.HistoricalUpdate, webhook.ProcessType);
        Assert.Equal(Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8"), webhook.LinkId);
        Assert.Equal("9fc2e2a8-3c8f-4c7f-9a3c-0d6b1a1d2c3e", webhook.RequestId);
        Assert.Equal("customer-42", webhook.ExternalId);
        Assert.Equal(340, webhook.Data.GetProperty("total_transactions").GetInt32());
        Assert.True(webhook.Is(WebhookType.Transactions, WebhookCode.HistoricalUpdate));
    }

    [Fact]
    public void Transactions_history_has_its_typed_data_and_no_other()
    {
        var webhook = BelvoWebhook.Parse(TransactionsHistory);

        var history = webhook.GetTransactionsHistoricalUpdate();

        Assert.Equal(
            new TransactionsHistoricalUpdate
            {
                TotalTransactions = 340,
                TotalInflowTransactions = 120,
                TotalOutflowTransactions = 220,
                FirstTransactionDate = new DateOnly(2026, 8, 24),
                LastTransactionDate = new DateOnly(2026, 11, 22),
            },
            history);
        Assert.Null(webhook.GetAccountsHistoricalUpdate());
        Assert.Null(webhook.GetOwnersHistoricalUpdate());
        Assert.Null(webhook.GetNewItemsAvailable());
        Assert.Null(webhook.GetLinkInvalidCredentials());
    }

    [Theory]
    [InlineData("ACCOUNTS", """{"total_accounts": 3}""")]
    [InlineData("OWNERS", """{"total_owners": 1}""")]
    [InlineData("INVOICES", """{"total_invoices": 412}""")]
    [InlineData("TAX_RETURNS", """{"total_tax_returns": 2}""")]
    [InlineData("TAX_STATUS", """{"total_tax_status": 1}""")]
    [InlineData("INCOMES", """{"total_incomes": 1, "number_of_income_streams": 4}""")]
    public void Each_historical_update_has_its_typed_total(string type, string data)
    {
        var webhook = BelvoWebhook.Parse(Webhook(type, "historical_update", data));

        object? typed = type switch
        {
            "ACCOUNTS" => webhook.GetAccountsHistoricalUpdate()?.TotalAccounts,
            "OWNERS" => webhook.GetOwnersHistoricalUpdate()?.TotalOwners,
            "INVOICES" => webhook.GetInvoicesHistoricalUpdate()?.TotalInvoices,
            "TAX_RETURNS" => webhook.GetTaxReturnsHistoricalUpdate()?.TotalTaxReturns,
            "TAX_STATUS" => webhook.GetTaxStatusHistoricalUpdate()?.TotalTaxStatus,
            "INCOMES" => webhook.GetIncomesHistoricalUpdate()?.TotalIncomes,
            _ => null,
        };

        var expected = JsonDocument.Parse(data).RootElement.EnumerateObject().First().Value.GetInt32();
        Assert.Equal(expected, typed);
        Assert.Null(webhook.GetTransactionsHistoricalUpdate());
    }

    [Fact]
    public void Incomes_history_also_counts_the_income_streams()
    {
        var webhook = BelvoWebhook.Parse(Webhook("INCOMES", "historical_update", """{"total_incomes": 1, "number_of_income_streams": 4}"""));

        Assert.Equal(4, webhook.GetIncomesHistoricalUpdate()?.NumberOfIncomeStreams);
    }

    [Theory]
    [InlineData("ACCOUNTS", "new_accounts_available", """{"new_accounts": 2}""", 2)]
    [InlineData("TRANSACTIONS", "new_transactions_available", """{"new_transactions": 17}""", 17)]
    [InlineData("OWNERS", "new_owners_available", """{"new_owners": 1}""", 1)]
    [InlineData("BILLS", "new_bills_available", """{"new_bills": 5}""", 5)]
    public void New_items_are_counted_whatever_the_resource(string type, string code, string data, int count)
    {
        var webhook = BelvoWebhook.Parse(Webhook(type, code, data));

        Assert.Equal(count, webhook.GetNewItemsAvailable()?.Count);
    }

    [Fact]
    public void Invalid_credentials_of_a_link_carry_the_refresh_error()
    {
        var webhook = BelvoWebhook.Parse(Webhook(
            "LINK",
            "invalid_credentials",
            """{"error_code": "login_error", "error_message": "Invalid credentials provided to login to the institution", "status": 400}"""));

        var error = webhook.GetLinkInvalidCredentials();

        Assert.Equal(WebhookType.Link, webhook.WebhookType);
        Assert.Equal(WebhookCode.InvalidCredentials, webhook.WebhookCode);
        Assert.Equal("login_error", error?.ErrorCode);
        Assert.Equal(400, error?.Status);
        Assert.StartsWith("Invalid credentials", error?.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_and_codes_Belvo_adds_later_are_kept_as_received()
    {
        var webhook = BelvoWebhook.Parse(Webhook("FINANCIAL_STATEMENTS", "statements_ready", """{"total_statements": 2}"""));

        Assert.Equal("FINANCIAL_STATEMENTS", webhook.WebhookType.Value);
        Assert.Equal(new WebhookCode("statements_ready"), webhook.WebhookCode);
        Assert.Null(webhook.ProcessType);
        Assert.Equal(2, webhook.Data.GetProperty("total_statements").GetInt32());
        Assert.Null(webhook.GetNewItemsAvailable());
    }

    [Fact]
    public void Counts_sent_as_strings_and_null_fields_are_accepted()
    {
        var json = """
            {"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update",
             "link_id":null,"request_id":null,"external_id":null,"data":{"total_accounts":"5"}}
            """;

        var webhook = BelvoWebhook.Parse(json);

        Assert.Equal(5, webhook.GetAccountsHistoricalUpdate()?.TotalAccounts);
        Assert.Null(webhook.LinkId);
        Assert.Null(webhook.ExternalId);
    }

    [Fact]
    public void A_webhook_of_the_right_kind_without_data_reads_as_empty_data()
    {
        var webhook = BelvoWebhook.Parse("""{"webhook_id":"w1","webhook_type":"OWNERS","webhook_code":"historical_update"}""");

        Assert.Equal(JsonValueKind.Undefined, webhook.Data.ValueKind);
        Assert.Equal(new OwnersHistoricalUpdate(), webhook.GetOwnersHistoricalUpdate());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"webhook_type":"ACCOUNTS","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS"}""")]
    [InlineData("""{"webhook_id":"","webhook_type":"ACCOUNTS","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":null,"webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update","link_id":"not-a-uuid"}""")]
    public void A_body_that_is_not_a_Belvo_webhook_is_refused(string body)
    {
        Assert.ThrowsAny<JsonException>(() => BelvoWebhook.Parse(body));
        Assert.ThrowsAny<JsonException>(() => BelvoWebhook.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task A_stream_is_read_with_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BelvoWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(TransactionsHistory)), cancellation.Token).AsTask());
    }

    [Fact]
    public void A_documented_field_of_the_wrong_type_fails_the_typed_accessor_only()
    {
        var webhook = BelvoWebhook.Parse(Webhook("ACCOUNTS", "historical_update", """{"total_accounts": {"oops": true}}"""));

        Assert.ThrowsAny<JsonException>(() => webhook.GetAccountsHistoricalUpdate());
        Assert.Equal(JsonValueKind.Object, webhook.Data.GetProperty("total_accounts").ValueKind);
    }

    private static string Webhook(string type, string code, string data) =>
        $$"""{"webhook_id":"0123456789abcdef0123456789abcdef","webhook_type":"{{type}}","webhook_code":"{{code}}","link_id":"30cb4806-6e00-48a4-91c9-ca55968576c8","request_id":"r1","external_id":null,"data":{{data}}}""";
}
