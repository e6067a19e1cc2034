using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class WebhookTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static Task<BelvoEmulator> StartWith(WebhookListener listener, Action<BelvoEmulatorOptions>? configure = null) =>
        Emulators.Start(configure: o =>
        {
            o.WebhookUrl = listener.Url;
            o.WebhookAuthorization = "Bearer hook-secret";
            o.WebhookRetryDelay = TimeSpan.Zero;
            configure?.Invoke(o);
        });

    private static async Task<IReadOnlyList<WebhookDelivery>> Wait(BelvoEmulator emulator, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await emulator.Webhooks.WaitForDeliveriesAsync(count, timeout.Token);
    }

    [Fact]
    public async Task A_recurrent_bank_link_sends_historical_updates_for_accounts_transactions_and_owners()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var emulator = await StartWith(listener);
        using var api = new ApiClient(emulator);
        await api.RegisterLink(username: "single-first");

        var link = await api.RegisterLink(accessMode: "recurrent", externalId: "crm-7");
        var deliveries = await Wait(emulator, 3);

        Assert.Equal(["ACCOUNTS", "TRANSACTIONS", "OWNERS"], deliveries.Select(d => d.WebhookType));
        Assert.All(deliveries, d =>
        {
            Assert.True(d.Succeeded);
            Assert.Equal(1, d.Attempts);
            Assert.Equal(200, d.StatusCode);
            Assert.Equal("historical_update", d.WebhookCode);
            Assert.Equal((string?)link["id"], d.LinkId);
            Assert.Matches(ApiResult.RequestId(), d.WebhookId);
        });
        Assert.Equal(3, listener.Received.Count);
        Assert.All(listener.Received, r => Assert.Equal("Bearer hook-secret", r.Authorization));
        var accounts = listener.Received[0].Body;
        Assert.Equal(["webhook_id", "webhook_type", "webhook_code", "link_id", "request_id", "external_id", "data"], accounts.Select(p => p.Key));
        Assert.Equal("crm-7", (string?)accounts["external_id"]);
        Assert.Equal(emulator.Store.Count(EmulatorResource.Accounts), (int)accounts["data"]!["total_accounts"]!);
        var transactions = listener.Received[1].Body["data"]!;
        Assert.Equal(emulator.Store.Count(EmulatorResource.Transactions), (int)transactions["total_transactions"]!);
        Assert.Equal((int)transactions["total_transactions"]!, (int)transactions["total_inflow_transactions"]! + (int)transactions["total_outflow_transactions"]!);
        Assert.Equal("2024-02-16", (string?)transactions["first_transaction_date"]);
        Assert.Equal(1, (int)listener.Received[2].Body["data"]!["total_owners"]!);
    }

    [Fact]
    public async Task A_recurrent_fiscal_link_sends_invoice_tax_return_and_tax_status_updates()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var emulator = await StartWith(listener);
        using var api = new ApiClient(emulator);

        await api.RegisterLink("tatooine_mx_fiscal", accessMode: "recurrent");
        var deliveries = await Wait(emulator, 3);

        Assert.Equal(["INVOICES", "TAX_RETURNS", "TAX_STATUS"], deliveries.Select(d => d.WebhookType));
        Assert.Equal(emulator.Store.Count(EmulatorResource.Invoices), (int)deliveries[0].ParsePayload()["data"]!["total_invoices"]!);
    }

    [Fact]
    public async Task An_mfa_recurrent_link_notifies_only_once_resumed()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var emulator = await StartWith(listener);
        using var api = new ApiClient(emulator);
        var (session, link, _) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaInputlessUsername, accessMode: "recurrent"), "inputless", false);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Accounts));

        await api.Patch("/api/links/", new { session, link });
        var deliveries = await Wait(emulator, 3);

        Assert.All(deliveries, d => Assert.Equal(link, d.LinkId));
        Assert.True(emulator.Store.Count(EmulatorResource.Accounts) > 0);
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_until_a_2xx()
    {
        await using var listener = await WebhookListener.StartAsync(500, 503);
        await using var emulator = await StartWith(listener);
        using var api = new ApiClient(emulator);

        await api.RegisterLink(accessMode: "recurrent");
        var deliveries = await Wait(emulator, 3);

        Assert.Equal(3, deliveries[0].Attempts);
        Assert.True(deliveries[0].Succeeded);
        Assert.Equal(5, listener.Received.Count);
        Assert.Equal(3, listener.Received.Select(r => (string?)r.Body["webhook_id"]).Distinct().Count());
    }

    [Fact]
    public async Task Deliveries_are_given_up_after_the_maximum_attempts()
    {
        await using var listener = await WebhookListener.StartAsync(500, 500);
        await using var emulator = await StartWith(listener, o => o.WebhookMaxAttempts = 2);
        using var api = new ApiClient(emulator);

        await api.RegisterLink(accessMode: "recurrent");
        var deliveries = await Wait(emulator, 3);

        Assert.False(deliveries[0].Succeeded);
        Assert.Equal(2, deliveries[0].Attempts);
        Assert.Equal(500, deliveries[0].StatusCode);
        Assert.True(deliveries[1].Succeeded);
    }

    [Fact]
    public async Task Async_transactions_are_announced_with_the_request_id_of_the_202()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var emulator = await StartWith(listener);
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        var accepted = await api.Post("/api/transactions/", new { link, date_from = "2024-05-01", date_to = "2024-05-14" }, ("X-Belvo-Request-Mode", "async"));
        var delivery = Assert.Single(await Wait(emulator, 1));

        var payload = delivery.ParsePayload();
        Assert.Equal("TRANSACTIONS", delivery.WebhookType);
        Assert.Equal("new_transactions_available", delivery.WebhookCode);
        Assert.Equal((string?)accepted.Object["request_id"], (string?)payload["request_id"]);
        Assert.Equal(emulator.Store.Count(EmulatorResource.Transactions), (int)payload["data"]!["new_transactions"]!);
    }

    [Fact]
    public async Task Without_a_webhook_url_nothing_is_sent()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        await api.RegisterLink(accessMode: "recurrent");

        Assert.Empty(emulator.Webhooks.Deliveries);
        Assert.True(emulator.Store.Count(EmulatorResource.Transactions) > 0);
    }
}
