using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_clients_share_one_emulator_safely()
    {
        await using var emulator = await Emulators.Start();

        var perLink = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var api = new ApiClient(emulator);
            var link = (string)(await api.RegisterLink(username: $"parallel-{i % 4}"))["id"]!;
            var accounts = (await api.Post("/api/accounts/", new { link })).Array.Count;
            var transactions = (await api.RetrieveTransactions(link, "2024-04-01", "2024-04-30")).Array.Count;
            await api.Get($"/api/transactions/?link={link}");
            return (link, accounts, transactions);
        }));

        Assert.Equal(12, emulator.Store.Count(EmulatorResource.Links));
        Assert.Equal(12, perLink.Select(p => p.link).Distinct().Count());
        Assert.Equal(perLink.Sum(p => p.accounts), emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(perLink.Sum(p => p.transactions), emulator.Store.Count(EmulatorResource.Transactions));
        Assert.Equal(12 * 4, emulator.Requests.Count);
        Assert.All(emulator.Requests, r => Assert.InRange(r.StatusCode, 200, 201));
    }
}
