using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class DeleteCascadeTests
{
    [Fact]
    public async Task Deleting_an_account_deletes_its_transactions_and_balances_only()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;
        var accounts = (await api.Post("/api/accounts/", new { link })).Array;
        await api.RetrieveTransactions(link, "2024-04-01", "2024-05-14");
        await api.Post("/api/balances/", new { link, date_from = "2024-05-01", date_to = "2024-05-14" });
        var checking = (string)accounts[0]!["id"]!;
        var transactionsBefore = emulator.Store.Count(EmulatorResource.Transactions);
        var onChecking = emulator.Store.List(EmulatorResource.Transactions).Count(t => (string?)t["account"]!["id"] == checking);
        Assert.True(onChecking > 0 && onChecking < transactionsBefore);

        Assert.Equal(204, (await api.Delete($"/api/accounts/{checking}/")).Code);

        Assert.Equal(accounts.Count - 1, emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(transactionsBefore - onChecking, emulator.Store.Count(EmulatorResource.Transactions));
        Assert.DoesNotContain(emulator.Store.List(EmulatorResource.Balances), b => (string?)b["account"]!["id"] == checking);
        Assert.Empty((await api.Get($"/api/transactions/?link={link}&account={checking}")).Object["results"]!.AsArray());
    }

    [Fact]
    public async Task Deleting_a_link_deletes_all_its_data_and_leaves_other_links_alone()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var doomed = (string)(await api.RegisterLink(accessMode: "recurrent"))["id"]!;
        var kept = (string)(await api.RegisterLink(username: "keeper"))["id"]!;
        await api.Post("/api/balances/", new { link = doomed, date_from = "2024-05-01", date_to = "2024-05-14" });
        await api.Post("/api/owners/", new { link = kept });
        Assert.True(emulator.Store.Count(EmulatorResource.Transactions) > 0);
        Assert.True(emulator.Store.Count(EmulatorResource.Balances) > 0);

        Assert.Equal(204, (await api.Delete($"/api/links/{doomed}/")).Code);

        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Transactions));
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Balances));
        var owner = Assert.Single(emulator.Store.List(EmulatorResource.Owners));
        Assert.Equal(kept, (string?)owner["link"]);
        (await api.Post("/api/accounts/", new { link = doomed })).AssertError(400, "does_not_exist", "link");
    }

    [Fact]
    public async Task Deleting_a_fiscal_link_deletes_its_invoices_tax_returns_and_tax_status()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("tatooine_mx_fiscal", accessMode: "recurrent"))["id"]!;
        Assert.True(emulator.Store.Count(EmulatorResource.Invoices) > 0);
        Assert.Equal(2, emulator.Store.Count(EmulatorResource.TaxReturns));
        Assert.Equal(1, emulator.Store.Count(EmulatorResource.TaxStatus));

        await api.Delete($"/api/links/{link}/");

        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Invoices));
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.TaxReturns));
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.TaxStatus));
    }

    [Fact]
    public async Task Deleting_a_link_ends_its_pending_mfa_sessions()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, _) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaNumericUsername), "numeric", true);

        await api.Delete($"/api/links/{link}/");

        (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
    }

    [Fact]
    public async Task The_store_api_lists_finds_and_clears_copies()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = await api.RegisterLink();

        var listed = Assert.Single(emulator.Store.List(EmulatorResource.Links));
        listed["status"] = "tampered";

        Assert.Equal("valid", (string?)emulator.Store.Find(EmulatorResource.Links, (string)link["id"]!)!["status"]);
        Assert.Null(emulator.Store.Find(EmulatorResource.Links, "missing"));
        emulator.Store.Clear();
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Links));
    }
}
