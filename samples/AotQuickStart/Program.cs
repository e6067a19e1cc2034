// AotQuickStart: the README's quick start, published as Native AOT. With no BELVO_* variables it runs against the
// in-process emulator (Belvo.Sdk.Testing), answering its MFA prompt with the emulator's token; with
// BELVO_SECRET_ID and BELVO_SECRET_PASSWORD it calls Belvo's sandbox and asks for codes on the console.
using System.Diagnostics;
using Belvo.Sdk;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

var started = Stopwatch.StartNew();
var secretId = Environment.GetEnvironmentVariable("BELVO_SECRET_ID");
var secretPassword = Environment.GetEnvironmentVariable("BELVO_SECRET_PASSWORD");
var useEmulator = string.IsNullOrEmpty(secretId) || string.IsNullOrEmpty(secretPassword);

await using var emulator = useEmulator ? await BelvoEmulator.StartAsync() : null;
using var client = new BelvoClient(emulator is null
    ? new BelvoClientOptions { SecretId = secretId, SecretPassword = secretPassword, Environment = BelvoEnvironment.Sandbox }
    : new BelvoClientOptions { SecretId = emulator.SecretId, SecretPassword = emulator.SecretPassword, BaseAddress = emulator.BaseAddress });

// Institutions may ask for a one-time code (MFA) on any call that reaches them.
MfaChallengeHandler answer = (challenge, _) =>
{
    Console.WriteLine($"MFA: {challenge.Instructions}");
    if (emulator is not null)
    {
        return ValueTask.FromResult<string?>(EmulatorCredentials.MfaToken);
    }

    Console.Write("code: ");
    return ValueTask.FromResult(Console.ReadLine());
};

var link = await client.Links.RegisterWithMfaAsync(
    emulator is null
        ? new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "bnk100", Password = "full" }
        : new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = EmulatorCredentials.MfaNumericUsername, Password = EmulatorCredentials.ValidPassword },
    answer);
Console.WriteLine($"Link {link.Id}: {link.Status}");

try
{
    var accounts = await client.Accounts.RetrieveWithMfaAsync(new RetrieveRequest { Link = link.Id }, answer);
    foreach (var account in accounts)
    {
        Console.WriteLine($"{account.Name}: {account.Balance?.Current} {account.Currency}");
    }

    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var retrieved = await client.Transactions.RetrieveWithMfaAsync(
        new TransactionsRetrieveRequest { Link = link.Id, DateFrom = today.AddDays(-30), DateTo = today }, answer);
    var listed = 0;
    await foreach (var transaction in client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }))
    {
        if (listed++ < 5)
        {
            Console.WriteLine($"{transaction.ValueDate} {transaction.Amount,12} {transaction.Description}");
        }
    }

    Console.WriteLine($"{accounts.Count} accounts, {retrieved.Count} transactions retrieved, {listed} listed, in {started.ElapsedMilliseconds} ms.");
    if (accounts.Count == 0 || listed == 0)
    {
        Console.Error.WriteLine("Expected accounts and transactions.");
        return 1;
    }
}
finally
{
    await client.Links.DeleteAsync(link.Id);
}

return 0;
