using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>Reading data through the SDK against the emulator: pages, deletes, save_data and asynchronous retrievals.</summary>
public sealed class DataIntegrationTests : IAsyncLifetime
{
    private EmulatorHarness _belvo = null!;

    public async Task InitializeAsync() => _belvo = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    private BelvoClient Client => _belvo.Client;

    [Fact]
    public async Task ListAsync_follows_next_across_several_pages_and_returns_every_item_once()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);
        var stored = _belvo.Emulator.Store.Count(EmulatorResource.Transactions);
        Assert.True(stored > 60, $"a recurrent link should load months of transactions, got {stored}");

        var transactions = await Client.Transactions
            .ListAsync(new TransactionListOptions { Link = link.Id, PageSize = 25 })
            .ToListAsync();

        Assert.Equal(stored, transactions.Count);
        Assert.Equal(stored, transactions.Select(t => t.Id).Distinct().Count());
        var pages = _belvo.RequestsTo("GET", "/api/transactions/");
        Assert.Equal((stored + 24) / 25, pages.Count);
        Assert.All(pages, p => Assert.Contains($"link={link.Id}", p.Query, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("page_size=25", p.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_can_be_walked_by_hand_with_next_and_previous()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);

        var transactions = Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id, PageSize = 10 });
        var first = await transactions.GetPageAsync();
        Assert.NotNull(first.Next);
        Assert.Null(first.Previous);
        var second = await transactions.GetPageAsync(first.Next);
        var back = await transactions.GetPageAsync(second.Previous!);

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(10, second.Results.Count);
        Assert.Empty(first.Results.Select(t => t.Id).Intersect(second.Results.Select(t => t.Id)));
        Assert.Equal(first.Results.Select(t => t.Id), back.Results.Select(t => t.Id));
    }

    [Fact]
    public async Task MaxItems_stops_after_the_pages_it_needs()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);

        var transactions = await Client.Transactions
            .ListAsync(new TransactionListOptions { Link = link.Id, PageSize = 10, MaxItems = 15 })
            .ToListAsync();

        Assert.Equal(15, transactions.Count);
        Assert.Equal(2, _belvo.RequestsTo("GET", "/api/transactions/").Count);
    }

    [Fact]
    public async Task Deleting_a_link_deletes_its_accounts_and_transactions()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);
        var other = await _belvo.RegisterAsync("gringotts_mx_retail", LinkAccessMode.Recurrent);
        var account = await Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).FirstAsync();
        var transaction = await Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).FirstAsync();

        await Client.Links.DeleteAsync(link.Id);

        Assert.Empty(await Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).ToListAsync());
        Assert.Empty(await Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).ToListAsync());
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() => Client.Accounts.GetAsync(account.Id));
        Assert.Matches("^[0-9a-f]{32}$", gone.RequestId);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => Client.Transactions.GetAsync(transaction.Id));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => Client.Links.GetAsync(link.Id));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => Client.Links.DeleteAsync(link.Id));
        Assert.NotEmpty(await Client.Accounts.ListAsync(new AccountListOptions { Link = other.Id }).ToListAsync());
        Assert.Equal(other.Id, Assert.Single(await Client.Links.ListAsync(new LinkListOptions()).ToListAsync()).Id);
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_transactions_only()
    {
        var link = await _belvo.RegisterAsync(accessMode: LinkAccessMode.Recurrent);
        var accounts = await Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).ToListAsync();
        var before = await Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).ToListAsync();
        var doomed = accounts.First(a => before.Any(t => t.Account?.Id == a.Id));

        await Client.Accounts.DeleteAsync(doomed.Id);

        var after = await Client.Transactions.ListAsync(new TransactionListOptions { Link = link.Id }).ToListAsync();
        Assert.DoesNotContain(after, t => t.Account?.Id == doomed.Id);
        Assert.Equal(before.Count(t => t.Account?.Id != doomed.Id), after.Count);
        Assert.Equal(accounts.Count - 1, (await Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).ToListAsync()).Count);
    }

    [Fact]
    public async Task Save_data_true_answers_201_and_stores_false_answers_200_and_stores_nothing()
    {
        var link = await _belvo.RegisterAsync();

        var unsaved = await Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = link.Id, SaveData = false });
        Assert.Equal(0, _belvo.Emulator.Store.Count(EmulatorResource.Accounts));
        var saved = await Client.Accounts.RetrieveAsync(new RetrieveRequest { Link = link.Id });

        Assert.Equal([200, 201], _belvo.RequestsTo("POST", "/api/accounts/").Select(r => r.StatusCode));
        Assert.Equal(unsaved.Select(a => a.Name), saved.Select(a => a.Name));
        Assert.Equal(saved.Count, _belvo.Emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(saved.Count, (await Client.Accounts.ListAsync(new AccountListOptions { Link = link.Id }).ToListAsync()).Count);
    }

    [Fact]
    public async Task Asynchronous_transactions_are_accepted_with_202_and_a_request_id()
    {
        var link = await _belvo.RegisterAsync();

        var accepted = await Client.Transactions.RetrieveInBackgroundAsync(
            new TransactionsRetrieveRequest { Link = link.Id, DateFrom = new DateOnly(2026, 11, 1), DateTo = new DateOnly(2026, 11, 20) });

        Assert.Matches("^[0-9a-f]{32}$", accepted.RequestId);
        var request = Assert.Single(_belvo.RequestsTo("POST", "/api/transactions/"));
        Assert.Equal(202, request.StatusCode);
        Assert.Equal("async", request.Headers["X-Belvo-Request-Mode"]);
    }
}
