using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Integration;
using Belvo.Sdk.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Belvo.Sdk.Tests.Webhooks;

/// <summary>
/// Webhooks the emulator really posts, received by a local server on 127.0.0.1 and read with the SDK's
/// <see cref="BelvoWebhook"/> and <see cref="WebhookAuthorization"/>.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Authorization = "Bearer webhook-secret";

    private readonly WireMockServer _receiver = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private EmulatorHarness _belvo = null!;

    public async Task InitializeAsync()
    {
        _receiver.Given(Request.Create().WithPath("/belvo/webhooks").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _belvo = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookUrl = new Uri(new Uri(_receiver.Urls[0]), "/belvo/webhooks");
            o.WebhookAuthorization = Authorization;
        });
    }

    public async Task DisposeAsync()
    {
        await _belvo.DisposeAsync();
        _receiver.Stop();
        _receiver.Dispose();
    }

    private async Task<IReadOnlyList<(BelvoWebhook Webhook, string? Authorization)>> ReceivedAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _belvo.Emulator.Webhooks.WaitForDeliveriesAsync(count, timeout.Token);
        return _receiver.LogEntries
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => (
                BelvoWebhook.Parse(e.RequestMessage.Body!),
                e.RequestMessage.Headers!.TryGetValue("Authorization", out var values) ? values.ToString() : null))
            .ToList();
    }

    [Fact]
    public async Task A_recurrent_link_sends_historical_updates_that_match_what_ListAsync_returns()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);

        var received = await ReceivedAsync(3);

        var check = new WebhookAuthorization(Authorization);
        Assert.All(received, r => Assert.True(check.IsAuthorized(r.Authorization)));
        Assert.All(received, r => Assert.Equal(link.Id, r.Webhook.LinkId));
        Assert.All(received, r => Assert.Equal(WebhookCode.HistoricalUpdate, r.Webhook.WebhookCode));
        Assert.Equal([WebhookType.Accounts, WebhookType.Transactions, WebhookType.Owners], received.Select(r => r.Webhook.WebhookType));

        var accounts = await _belvo.Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).ToListAsync();
        var transactions = await _belvo.Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).ToListAsync();
        Assert.Equal(accounts.Count, Assert.IsType<AccountsHistoricalUpdate>(received[0].Webhook).TotalAccounts);
        var history = Assert.IsType<TransactionsHistoricalUpdate>(received[1].Webhook);
        Assert.Equal(transactions.Count, history.TotalTransactions);
        Assert.Equal(transactions.Count(t => t.Type == TransactionType.Inflow), history.TotalInflowTransactions);
        Assert.Equal(transactions.Min(t => t.ValueDate), history.FirstTransactionDate);
        Assert.Equal(transactions.Max(t => t.ValueDate), history.LastTransactionDate);
        Assert.Equal(1, Assert.IsType<OwnersHistoricalUpdate>(received[2].Webhook).TotalOwners);
        Assert.Equal(received.Count, received.Select(r => r.Webhook.WebhookId).Distinct().Count());
    }

    [Fact]
    public async Task An_asynchronous_retrieval_is_completed_by_a_webhook_with_the_202s_request_id()
    {
        var link = await _belvo.RegisterAsync();

        var accepted = await _belvo.Client.Transactions.RetrieveInBackgroundAsync(
            new TransactionsRetrieveRequest { Link = link.Id, DateFrom = new DateOnly(2026, 11, 1), DateTo = new DateOnly(2026, 11, 20) });
        var webhook = Assert.Single(await ReceivedAsync(1)).Webhook;

        var available = Assert.IsType<NewTransactionsAvailable>(webhook);
        Assert.Equal(accepted.RequestId, available.RequestId);
        var stored = await _belvo.Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).ToListAsync();
        Assert.Equal(stored.Count, available.Data.GetProperty("new_transactions").GetInt32());
        Assert.NotEmpty(stored);
    }

    [Fact]
    public async Task A_recurrent_fiscal_link_sends_tax_history_typed_and_its_invoice_notice_as_unknown()
    {
        var link = await _belvo.RegisterAsync("tatooine_mx_fiscal", LinkAccessMode.Recurrent);

        var received = (await ReceivedAsync(3)).Select(r => r.Webhook).ToList();

        Assert.Equal(2, received.OfType<TaxReturnsHistoricalUpdate>().Single().TotalTaxReturns);
        Assert.Equal(1, received.OfType<TaxStatusHistoricalUpdate>().Single().TotalTaxStatus);

        // The emulator announces invoices with INVOICES / historical_update, a code Belvo's webhook reference does
        // not list (it documents initial_inflow_update and initial_outflow_update): it stays readable, raw.
        var invoices = Assert.IsType<UnknownWebhook>(received.Single(w => w.WebhookType == WebhookType.Invoices));
        var stored = await _belvo.Client.Invoices.ListAsync(new InvoiceListOptions { Link = link.Id }).ToListAsync();
        Assert.Equal(stored.Count, invoices.Data.GetProperty("total_invoices").GetInt32());
        Assert.Contains("\"total_invoices\"", invoices.RawJson, StringComparison.Ordinal);
    }
}
