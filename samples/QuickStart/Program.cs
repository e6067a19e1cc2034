// QuickStart: list institutions, register a link (answering MFA), read its accounts, page through its
// transactions and delete it. With no BELVO_* variables it runs against the in-process emulator.
using Belvo.Sdk;
using Belvo.Samples;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

return await SampleRunner.RunAsync(
    async (session, cancellationToken) =>
    {
        var client = session.Client;

        Console.WriteLine();
        Console.WriteLine("Institutions (first 15):");
        var institutions = new ConsoleTable("name", "display name", "type", "countries");
        await foreach (var institution in client.Institutions.ListAsync(new InstitutionListOptions { MaxItems = 15 }, cancellationToken: cancellationToken))
        {
            institutions.Add(institution.Name, institution.DisplayName, institution.Type, string.Join(",", institution.CountryCodes ?? []));
        }

        institutions.Print();
        SampleRunner.Check(institutions.Count > 0, "Belvo listed no institutions.");

        // RegisterLinkAsync (Belvo.Samples.Shared) calls client.Links.RegisterWithMfaAsync with a console MFA prompt.
        // Against the emulator the username picks the scenario: this one answers with a numeric MFA challenge.
        var linkId = await session.RegisterLinkAsync(
            "erebor_mx_retail", EmulatorCredentials.MfaNumericUsername, apiUsername: "bnk100", apiPassword: "full", LinkAccessMode.Single, cancellationToken);

        try
        {
            Console.WriteLine();
            Console.WriteLine("Accounts:");
            var accounts = await client.Accounts.RetrieveWithMfaAsync(
                new RetrieveRequest { Link = linkId }, session.Mfa.HandleAsync, cancellationToken: cancellationToken);
            var accountTable = new ConsoleTable("name", "category", "number", "current", "available", "currency");
            foreach (var account in accounts)
            {
                accountTable.Add(account.Name, account.Category, account.Number, account.Balance?.Current, account.Balance?.Available, account.Currency);
            }

            accountTable.Print();
            SampleRunner.Check(accounts.Count > 0, "The link has no accounts.");

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var retrieved = await client.Transactions.RetrieveWithMfaAsync(
                new TransactionsRetrieveRequest { Link = linkId, DateFrom = today.AddDays(-30), DateTo = today },
                session.Mfa.HandleAsync,
                cancellationToken: cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"Retrieved {retrieved.Count} transactions of the last 30 days; reading them back page by page:");

            // Page by page: AsPages() gives each page with its count and next link (store Next to resume later).
            var pages = 0;
            var seen = 0;
            var total = 0;
            List<Transaction>? firstRows = null;
            var transactions = client.Transactions.ListAsync(new TransactionListOptions { Link = linkId, PageSize = 25 }, cancellationToken: cancellationToken);
            await foreach (var page in transactions.AsPages(cancellationToken: cancellationToken))
            {
                pages++;
                seen += page.Results.Count;
                total = page.Count;
                firstRows ??= page.Results.Take(10).ToList();
            }

            Console.WriteLine($"{seen} of {total} transactions in {pages} page(s) of up to 25. The first ten:");
            var transactionTable = new ConsoleTable("date", "type", "amount", "currency", "description");
            foreach (var transaction in firstRows ?? [])
            {
                transactionTable.Add(transaction.ValueDate, transaction.Type, transaction.Amount, transaction.Currency, transaction.Description);
            }

            transactionTable.Print();
            SampleRunner.Check(seen == total, $"Paging returned {seen} transactions but Belvo counts {total}.");
        }
        finally
        {
            await session.DeleteLinkAsync(linkId);
        }
    },
    // One MFA prompt is enough for a first run: the emulator asks only when the link is registered.
    emulator => emulator.RequireMfaOnRetrieve = false);
