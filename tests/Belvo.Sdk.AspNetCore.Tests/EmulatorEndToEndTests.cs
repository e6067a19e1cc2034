using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>The Belvo emulator posts real webhooks (with its retries) to MapBelvoWebhooks on a real socket.</summary>
public sealed class EmulatorEndToEndTests
{
    private static async Task<(BelvoEmulator Emulator, BelvoClient Client)> StartEmulatorAsync(ReceiverApp app, string authorization, int attempts = 5)
    {
        var emulator = await BelvoEmulator.StartAsync(new BelvoEmulatorOptions
        {
            WebhookUrl = app.Url,
            WebhookAuthorization = authorization,
            WebhookMaxAttempts = attempts,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(20),
        });
        var client = new BelvoClient(new BelvoClientOptions
        {
            SecretId = emulator.SecretId,
            SecretPassword = emulator.SecretPassword,
            BaseAddress = emulator.BaseAddress,
        });
        return (emulator, client);
    }

    private static Task<Link> RegisterRecurrentAsync(BelvoClient client) =>
        client.Links.RegisterAsync(new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = EmulatorCredentials.ValidUsername,
            Password = EmulatorCredentials.ValidPassword,
            AccessMode = LinkAccessMode.Recurrent,
        });

    [Fact]
    public async Task A_recurrent_link_s_historical_updates_reach_their_typed_handlers()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordEveryEvent);
        var (emulator, client) = await StartEmulatorAsync(app, ReceiverApp.Authorization);
        await using var _ = emulator;
        using var __ = client;

        var link = await RegisterRecurrentAsync(client);
        using var patience = new CancellationTokenSource(HandledWebhooks.Patience);
        var deliveries = await emulator.Webhooks.WaitForDeliveriesAsync(3, patience.Token);
        await handled.WaitForCountAsync(3);

        Assert.All(deliveries, d => Assert.Equal((202, 1, true), (d.StatusCode, d.Attempts, d.Succeeded)));
        var accounts = Assert.IsType<AccountsHistoricalUpdate>(Assert.Single(handled.By(Recorded.By<AccountsHistoricalUpdate>())));
        var transactions = Assert.IsType<TransactionsHistoricalUpdate>(Assert.Single(handled.By(Recorded.By<TransactionsHistoricalUpdate>())));
        var owners = Assert.IsType<OwnersHistoricalUpdate>(Assert.Single(handled.By(Recorded.By<OwnersHistoricalUpdate>())));
        Assert.All(new BelvoWebhook[] { accounts, transactions, owners }, w => Assert.Equal(link.Id, w.LinkId));
        Assert.Equal(emulator.Store.Count(EmulatorResource.Accounts), accounts.TotalAccounts);
        Assert.Equal(emulator.Store.Count(EmulatorResource.Transactions), transactions.TotalTransactions);
        Assert.Equal(transactions.TotalTransactions, transactions.TotalInflowTransactions + transactions.TotalOutflowTransactions);
        Assert.NotNull(transactions.FirstTransactionDate);
        Assert.Equal(1, owners.TotalOwners);
    }

    [Fact]
    public async Task Webhooks_sent_with_the_wrong_Authorization_are_refused_on_every_retry_and_reach_no_handler()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);
        var (emulator, client) = await StartEmulatorAsync(app, "Bearer not-the-configured-value", attempts: 2);
        await using var _ = emulator;
        using var __ = client;

        await RegisterRecurrentAsync(client);
        using var patience = new CancellationTokenSource(HandledWebhooks.Patience);
        var deliveries = await emulator.Webhooks.WaitForDeliveriesAsync(3, patience.Token);

        Assert.All(deliveries, d => Assert.Equal((401, 2, false), (d.StatusCode, d.Attempts, d.Succeeded)));
        Assert.Empty(handled.All);
        Assert.Equal(6, app.Metrics.Sum(BelvoWebhookTelemetry.Rejected));
    }
}
