using System.Text;
using System.Text.Json;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

public sealed class BelvoWebhookTests
{
    public static TheoryData<string, Func<string, BelvoWebhook>> Parsers => new()
    {
        { "string", json => BelvoWebhook.Parse(json) },
        { "bytes", json => BelvoWebhook.Parse(Encoding.UTF8.GetBytes(json)) },
        { "stream", json => BelvoWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))).AsTask().GetAwaiter().GetResult() },
    };

    public static TheoryData<int, string> Documented => DocumentedWebhooks.Indexes();

    [Theory]
    [MemberData(nameof(Documented))]
    public void Every_documented_webhook_reads_as_its_typed_event(int index, string name)
    {
        var documented = DocumentedWebhooks.All[index];

        var webhook = BelvoWebhook.Parse(documented.Json);

        Assert.Equal(name, $"{webhook.WebhookType} / {webhook.WebhookCode}");
        WebhookAssert.Equivalent(documented.Expected, webhook);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Strings_bytes_and_streams_read_alike(string source, Func<string, BelvoWebhook> parse)
    {
        Assert.NotNull(source);
        foreach (var documented in DocumentedWebhooks.All)
        {
            WebhookAssert.Equivalent(documented.Expected, parse(documented.Json));
        }
    }

    [Fact]
    public void Receivers_switch_on_the_record_type()
    {
        var webhook = BelvoWebhook.Parse(DocumentedWebhooks.All.Single(d => d.Expected is TransactionsHistoricalUpdate).Json);

        var summary = webhook switch
        {
            TransactionsHistoricalUpdate { TotalTransactions: { } total } history => $"{total} from {history.FirstTransactionDate:yyyy-MM-dd}",
            UnknownWebhook => "unknown",
            _ => "other",
        };

        Assert.Equal("340 from 2026-08-24", summary);
        Assert.True(webhook.Is(WebhookType.Transactions, WebhookCode.HistoricalUpdate));
        Assert.False(webhook.Is(WebhookType.Accounts, WebhookCode.HistoricalUpdate));
    }

    [Fact]
    public void Both_invoice_directions_share_their_fields()
    {
        var events = DocumentedWebhooks.All.Select(d => BelvoWebhook.Parse(d.Json)).OfType<InvoicesInitialUpdate>().ToList();

        Assert.Equal([typeof(InvoicesInitialInflowUpdate), typeof(InvoicesInitialOutflowUpdate)], events.Select(e => e.GetType()));
        Assert.Equal([3456, 120], events.Select(e => e.TotalInvoices));
    }

    [Fact]
    public void An_unknown_type_and_code_keeps_the_whole_body()
    {
        var json = DocumentedWebhooks.Body("FINANCIAL_STATEMENTS", "statements_ready", """{"total_statements": 2}""");

        var webhook = Assert.IsType<UnknownWebhook>(BelvoWebhook.Parse(json));

        Assert.Equal(json, webhook.RawJson);
        Assert.Equal("FINANCIAL_STATEMENTS", webhook.WebhookType.Value);
        Assert.Equal(new WebhookCode("statements_ready"), webhook.WebhookCode);
        Assert.Equal(DocumentedWebhooks.LinkId, webhook.LinkId);
        Assert.Equal(2, webhook.Data.GetProperty("total_statements").GetInt32());
    }

    [Fact]
    public void A_known_code_under_another_type_is_unknown()
    {
        var webhook = BelvoWebhook.Parse(DocumentedWebhooks.Body("ACCOUNTS", "invalid_credentials", """{"error_code": "login_error"}"""));

        Assert.IsType<UnknownWebhook>(webhook);
    }

    [Theory]
    [InlineData("LINK")]
    [InlineData("LINKS")]
    [InlineData("ACCOUNTS")]
    public void Link_deleted_matches_whatever_type_Belvo_sends_with_it(string type)
    {
        var webhook = BelvoWebhook.Parse(DocumentedWebhooks.Body(type, "link_deleted", """{"reason": "async delete"}"""));

        var deleted = Assert.IsType<LinkDeleted>(webhook);
        Assert.Equal(type, deleted.WebhookType.Value);
        Assert.Equal("async delete", deleted.Data.GetProperty("reason").GetString());
    }

    [Fact]
    public void An_event_without_documented_data_keeps_its_data_raw()
    {
        var webhook = BelvoWebhook.Parse(DocumentedWebhooks.Body("TRANSACTIONS", "new_transactions_available", """{"new_transactions": 17, "anything": [1, 2]}"""));

        var available = Assert.IsType<NewTransactionsAvailable>(webhook);
        Assert.Equal(17, available.Data.GetProperty("new_transactions").GetInt32());
        Assert.Equal(2, available.Data.GetProperty("anything").GetArrayLength());
    }

    [Fact]
    public void Counts_sent_as_strings_and_null_fields_are_accepted()
    {
        var json = """
            {"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update",
             "link_id":null,"request_id":null,"external_id":null,"data":{"total_accounts":"5"}}
            """;

        var webhook = Assert.IsType<AccountsHistoricalUpdate>(BelvoWebhook.Parse(json));

        Assert.Equal(5, webhook.TotalAccounts);
        Assert.Null(webhook.LinkId);
        Assert.Null(webhook.ExternalId);
        Assert.Null(webhook.ProcessType);
    }

    [Theory]
    [InlineData("")]
    [InlineData(""","data":null""")]
    public void A_typed_event_without_data_has_no_typed_values(string data)
    {
        var webhook = BelvoWebhook.Parse($$"""{"webhook_id":"w1","webhook_type":"OWNERS","webhook_code":"historical_update"{{data}}}""");

        var owners = Assert.IsType<OwnersHistoricalUpdate>(webhook);
        Assert.Null(owners.TotalOwners);
        Assert.Equal("w1", owners.WebhookId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"webhook_type":"ACCOUNTS","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS"}""")]
    [InlineData("""{"webhook_id":"","webhook_type":"ACCOUNTS","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"","webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":null,"webhook_code":"historical_update"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update","link_id":"not-a-uuid"}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update","data":{"total_accounts":{"oops":true}}}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update","data":[1]}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"TAX_STATUS","webhook_code":"historical_update","data":{"last_status_change_date":"yesterday"}}""")]
    public void A_body_that_is_not_a_Belvo_webhook_is_refused_with_a_WebhookFormatException(string body)
    {
        Assert.Throws<WebhookFormatException>(() => BelvoWebhook.Parse(body));
        Assert.Throws<WebhookFormatException>(() => BelvoWebhook.Parse(Encoding.UTF8.GetBytes(body)));
        Assert.ThrowsAny<JsonException>(() => BelvoWebhook.Parse(body));
    }

    [Fact]
    public void A_wrong_data_field_is_named_but_its_value_is_never_quoted()
    {
        var body = DocumentedWebhooks.Body("TAX_STATUS", "historical_update", """{"total_tax_status": 1, "last_status_change_date": "s3cr3t-value"}""");

        var error = Assert.Throws<WebhookFormatException>(() => BelvoWebhook.Parse(body));

        Assert.Contains("TAX_STATUS / historical_update", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.last_status_change_date", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public void A_body_that_is_not_JSON_is_located_but_never_quoted()
    {
        var error = Assert.Throws<WebhookFormatException>(() => BelvoWebhook.Parse("{\"webhook_id\": s3cr3t}"));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'s'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_is_read_with_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BelvoWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(DocumentedWebhooks.All[0].Json)), cancellation.Token).AsTask());
    }
}
