// RecurrentLinks: register a recurrent link, receive the historical_update webhooks Belvo sends once the
// link's history is loaded (on a local listener, parsed with the SDK's BelvoWebhook), then read that data with
// ListAsync. With no BELVO_* variables the emulator posts the webhooks to this process.
using Belvo.Sdk;
using Belvo.Samples;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Webhooks;
using RecurrentLinks;

await using var receiver = await LocalWebhookReceiver.StartAsync(CancellationToken.None);

return await SampleRunner.RunAsync(
    async (session, cancellationToken) =>
    {
        var client = session.Client;
        if (!session.IsEmulator)
        {
            Console.WriteLine();
            Console.WriteLine("Belvo sends webhooks to the URL set for your keys in the Belvo dashboard, and that URL must be public:");
            Console.WriteLine($"this sample's listener at {receiver.Url} is reachable only from this machine, so against the real API it");
            Console.WriteLine("registers the link and reads what is already there. To receive the webhooks, expose an endpoint like");
            Console.WriteLine("LocalWebhookReceiver (e.g. through a tunnel), set its URL and Authorization value in the dashboard, and");
            Console.WriteLine("check each call with WebhookAuthorization and BelvoWebhook.ParseAsync as it does.");
        }

        var linkId = await session.RegisterLinkAsync(
            "erebor_mx_retail", EmulatorCredentials.ValidUsername, apiUsername: "bnk100", apiPassword: "full", LinkAccessMode.Recurrent, cancellationToken);

        try
        {
            AccountsHistoricalUpdate? accountsHistory = null;
            TransactionsHistoricalUpdate? transactionsHistory = null;
            OwnersHistoricalUpdate? ownersHistory = null;
            if (session.IsEmulator)
            {
                Console.WriteLine();
                Console.WriteLine($"Waiting for the historical_update webhooks on {receiver.Url}...");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(20));
                var table = new ConsoleTable("webhook_type", "webhook_code", "link", "data");
                while (accountsHistory is null || transactionsHistory is null || ownersHistory is null)
                {
                    var webhook = await receiver.NextAsync(timeout.Token);
                    table.Add(webhook.WebhookType, webhook.WebhookCode, webhook.LinkId, webhook.Data.GetRawText());
                    if (webhook.LinkId != linkId)
                    {
                        continue;
                    }

                    switch (webhook)
                    {
                        case AccountsHistoricalUpdate accountsUpdate:
                            accountsHistory = accountsUpdate;
                            break;
                        case TransactionsHistoricalUpdate transactionsUpdate:
                            transactionsHistory = transactionsUpdate;
                            break;
                        case OwnersHistoricalUpdate ownersUpdate:
                            ownersHistory = ownersUpdate;
                            break;
                    }
                }

                table.Print();
            }

            Console.WriteLine();
            Console.WriteLine("Reading the link's data with ListAsync:");
            var accounts = await client.Accounts.ListAsync(new AccountListOptions { Link = linkId }, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
            var transactions = await client.Transactions.ListAsync(new TransactionListOptions { Link = linkId }, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
            var owners = await client.Owners.ListAsync(new OwnerListOptions { Link = linkId }, cancellationToken: cancellationToken).ToListAsync(cancellationToken);

            var perAccount = new ConsoleTable("account", "category", "transactions", "inflow", "outflow", "currency");
            foreach (var account in accounts)
            {
                var mine = transactions.Where(t => t.Account?.Id == account.Id).ToList();
                perAccount.Add(
                    account.Name,
                    account.Category,
                    mine.Count,
                    mine.Where(t => t.Type == TransactionType.Inflow).Sum(t => t.Amount),
                    mine.Where(t => t.Type == TransactionType.Outflow).Sum(t => t.Amount),
                    account.Currency);
            }

            perAccount.Print();
            Console.WriteLine($"  {owners.Count} owner(s): {string.Join(", ", owners.Select(o => o switch { StandardOwner standard => standard.DisplayName, BrazilIndividualOwner person => person.SocialName ?? person.DisplayName, BrazilBusinessOwner business => business.CompanyName, _ => o.Id.ToString() }))}");
            if (transactions.Count > 0)
            {
                Console.WriteLine($"  Transactions from {transactions.Min(t => t.ValueDate):yyyy-MM-dd} to {transactions.Max(t => t.ValueDate):yyyy-MM-dd}.");
            }

            if (session.IsEmulator)
            {
                SampleRunner.Check(accounts.Count == accountsHistory!.TotalAccounts, $"The webhook said {accountsHistory.TotalAccounts} accounts, ListAsync read {accounts.Count}.");
                SampleRunner.Check(transactions.Count == transactionsHistory!.TotalTransactions, $"The webhook said {transactionsHistory.TotalTransactions} transactions, ListAsync read {transactions.Count}.");
                SampleRunner.Check(owners.Count == ownersHistory!.TotalOwners, $"The webhook said {ownersHistory.TotalOwners} owners, ListAsync read {owners.Count}.");
                Console.WriteLine("  The counts match the webhooks' totals.");
            }
        }
        finally
        {
            await session.DeleteLinkAsync(linkId);
        }
    },
    emulator =>
    {
        emulator.WebhookUrl = receiver.Url;
        emulator.WebhookAuthorization = receiver.Authorization;
    });
