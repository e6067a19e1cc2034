using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class RetrieveTests
{
    [Fact]
    public async Task Save_data_false_answers_200_and_stores_nothing_while_true_answers_201_and_stores()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        var preview = await api.Post("/api/accounts/", new { link, save_data = false });
        Assert.Equal(200, preview.Code);
        Assert.NotEmpty(preview.Array);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(0, (int)(await api.Get("/api/accounts/")).Object["count"]!);

        var saved = await api.Post("/api/accounts/", new { link });
        Assert.Equal(201, saved.Code);
        Assert.Equal(saved.Array.Count, emulator.Store.Count(EmulatorResource.Accounts));

        var again = await api.Post("/api/accounts/", new { link, save_data = true });
        Assert.Equal(saved.Array.Count, emulator.Store.Count(EmulatorResource.Accounts));
        Assert.Equal(saved.Array.Select(a => (string?)a!["id"]), again.Array.Select(a => (string?)a!["id"]));
    }

    [Fact]
    public async Task Accounts_follow_the_spec_schema_with_the_country_currency()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("erebor_co_retail"))["id"]!;

        var accounts = (await api.Post("/api/accounts/", new { link })).Array.Select(a => a!.AsObject()).ToList();

        Assert.InRange(accounts.Count, 2, 4);
        Assert.Equal("CHECKING_ACCOUNT", (string?)accounts[0]["category"]);
        foreach (var account in accounts)
        {
            foreach (var key in new[] { "id", "link", "institution", "collected_at", "created_at", "category", "balance_type", "type", "name", "number", "balance", "currency", "public_identification_name", "public_identification_value", "last_accessed_at", "credit_data", "loan_data", "funds_data", "internal_identification" })
            {
                Assert.True(account.ContainsKey(key), key);
            }

            Assert.Equal("COP", (string?)account["currency"]);
            Assert.Equal(link, (string?)account["link"]);
            Assert.Equal("erebor_co_retail", (string?)account["institution"]!["name"]);
            Assert.Equal(System.Text.Json.JsonValueKind.Number, account["balance"]!["current"]!.GetValueKind());
            Assert.Contains((string)account["category"]!, new[] { "CHECKING_ACCOUNT", "SAVINGS_ACCOUNT", "CREDIT_CARD", "LOAN_ACCOUNT" });
            Assert.Equal((string?)account["category"] == "CREDIT_CARD", account["credit_data"] is not null);
            Assert.Equal((string?)account["category"] == "LOAN_ACCOUNT", account["loan_data"] is not null);
        }
    }

    [Fact]
    public async Task Transactions_stay_within_the_requested_dates_and_running_balances_add_up()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        var result = await api.RetrieveTransactions(link, "2024-03-01", "2024-04-30", saveData: false);

        Assert.Equal(200, result.Code);
        var transactions = result.Array.Select(t => t!.AsObject()).ToList();
        Assert.NotEmpty(transactions);
        Assert.All(transactions, t =>
        {
            Assert.InRange(DateOnly.Parse((string)t["value_date"]!, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30));
            Assert.Contains((string)t["type"]!, new[] { "INFLOW", "OUTFLOW" });
            Assert.Equal("PROCESSED", (string?)t["status"]);
            Assert.Equal("MXN", (string?)t["currency"]);
            Assert.True(t["amount"]!.GetValue<decimal>() > 0);
            Assert.Equal(decimal.Round(t["amount"]!.GetValue<decimal>(), 2), t["amount"]!.GetValue<decimal>());
            Assert.NotNull(t["account"]!["id"]);
            Assert.NotNull(t["category"]);
            Assert.True(t["merchant"] is JsonObject);
        });
        Assert.Contains(transactions, t => (string?)t["description"] == "PAGO DE NOMINA" && (string?)t["value_date"] == "2024-03-15");

        var checking = transactions.Where(t => (string?)t["account"]!["category"] == "CHECKING_ACCOUNT").ToList();
        for (var i = 1; i < checking.Count; i++)
        {
            var signed = (string?)checking[i]["type"] == "INFLOW" ? checking[i]["amount"]!.GetValue<decimal>() : -checking[i]["amount"]!.GetValue<decimal>();
            Assert.Equal(checking[i - 1]["balance"]!.GetValue<decimal>() + signed, checking[i]["balance"]!.GetValue<decimal>());
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_different_data()
    {
        async Task<string> Transactions(int seed)
        {
            await using var emulator = await Emulators.Start(configure: o => o.Seed = seed);
            using var api = new ApiClient(emulator);
            var link = (string)(await api.RegisterLink(username: "carla"))["id"]!;
            var items = (await api.RetrieveTransactions(link, "2024-04-01", "2024-04-20", saveData: false)).Array;
            return string.Join('|', items.Select(t => $"{t!["value_date"]}:{t["amount"]}:{t["description"]}:{t["balance"]}"));
        }

        Assert.Equal(await Transactions(7), await Transactions(7));
        Assert.NotEqual(await Transactions(7), await Transactions(8));
    }

    [Fact]
    public async Task An_account_in_the_body_narrows_transactions_and_balances_cover_checking_and_savings_only()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;
        var accounts = (await api.Post("/api/accounts/", new { link })).Array;
        var checking = (string)accounts[0]!["id"]!;

        var transactions = await api.Post("/api/transactions/", new { link, account = checking, date_from = "2024-05-01", date_to = "2024-05-14" });
        var balances = await api.Post("/api/balances/", new { link, date_from = "2024-05-01", date_to = "2024-05-14" });
        var unknown = await api.Post("/api/balances/", new { link, account = Guid.NewGuid().ToString(), date_from = "2024-05-01", date_to = "2024-05-14" });

        Assert.All(transactions.Array, t => Assert.Equal(checking, (string?)t!["account"]!["id"]));
        var balanceAccounts = balances.Array.Select(b => (string)b!["account"]!["category"]!).Distinct().ToList();
        Assert.Contains("CHECKING_ACCOUNT", balanceAccounts);
        Assert.All(balanceAccounts, c => Assert.Contains(c, new[] { "CHECKING_ACCOUNT", "SAVINGS_ACCOUNT" }));
        Assert.Equal(14, balances.Array.Count(b => (string?)b!["account"]!["id"] == checking));
        var firstBalance = balances.Array.First(b => (string?)b!["account"]!["id"] == checking)!;
        Assert.Equal("2024-05-01", (string?)firstBalance["value_date"]);
        Assert.True(firstBalance.AsObject().ContainsKey("current_balance"));
        unknown.AssertError(400, "does_not_exist", "account");
    }

    [Theory]
    [InlineData("{\"date_from\":\"2024-05-01\",\"date_to\":\"2024-05-10\"}", "required", "link")]
    [InlineData("{\"link\":\"LINK\",\"date_to\":\"2024-05-10\"}", "required", "date_from")]
    [InlineData("{\"link\":\"LINK\",\"date_from\":\"2024-05-01\"}", "required", "date_to")]
    [InlineData("{\"link\":\"LINK\",\"date_from\":\"01/05/2024\",\"date_to\":\"2024-05-10\"}", "invalid", "date_from")]
    [InlineData("{\"link\":\"LINK\",\"date_from\":\"2024-05-10\",\"date_to\":\"2024-05-01\"}", "invalid", "date_from")]
    [InlineData("{\"link\":\"LINK\",\"date_from\":\"2024-05-10\",\"date_to\":\"2024-05-16\"}", "invalid", "date_to")]
    [InlineData("{\"link\":\"0f6d7a3c-8a8e-4c3e-9d4f-2f8a6a0b1c2d\",\"date_from\":\"2024-05-01\",\"date_to\":\"2024-05-10\"}", "does_not_exist", "link")]
    public async Task Invalid_transaction_requests_get_400_naming_the_field(string body, string code, string field)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        (await api.Post("/api/transactions/", body.Replace("LINK", link, StringComparison.Ordinal))).AssertError(400, code, field);
    }

    [Fact]
    public async Task Resources_an_institution_does_not_offer_get_unsupported_operation()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var bank = (string)(await api.RegisterLink())["id"]!;
        var fiscal = (string)(await api.RegisterLink("tatooine_mx_fiscal"))["id"]!;

        (await api.Post("/api/accounts/", new { link = fiscal })).AssertError(400, "unsupported_operation");
        (await api.Post("/api/tax-status/", new { link = bank })).AssertError(400, "unsupported_operation");
    }

    [Fact]
    public async Task Async_transactions_answer_202_with_a_request_id_and_store_the_data()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        var accepted = await api.Post("/api/transactions/", new { link, date_from = "2024-05-01", date_to = "2024-05-14" }, ("X-Belvo-Request-Mode", "async"));

        Assert.Equal(202, accepted.Code);
        Assert.Matches(ApiResult.RequestId(), (string?)accepted.Object["request_id"]);
        Assert.Single(accepted.Object);
        Assert.True(emulator.Store.Count(EmulatorResource.Transactions) > 0);
        Assert.Equal(201, (await api.Post("/api/transactions/", new { link, date_from = "2024-05-01", date_to = "2024-05-14" }, ("X-Belvo-Request-Mode", "sync"))).Code);
    }

    [Fact]
    public async Task Retrieving_again_updates_stored_items_in_place()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink())["id"]!;

        var first = await api.Post("/api/balances/", new { link, date_from = "2024-05-01", date_to = "2024-05-10" });
        var second = await api.Post("/api/balances/", new { link, date_from = "2024-05-05", date_to = "2024-05-14" });
        await api.RetrieveTransactions(link, "2024-05-01", "2024-05-10");
        var transactions = emulator.Store.Count(EmulatorResource.Transactions);
        await api.RetrieveTransactions(link, "2024-05-01", "2024-05-10");

        var perAccount = first.Array.Count / 10;
        Assert.Equal(14 * perAccount, emulator.Store.Count(EmulatorResource.Balances));
        Assert.Equal(
            first.Array.Where(b => (string?)b!["value_date"] == "2024-05-07").Select(b => (string?)b!["id"]),
            second.Array.Where(b => (string?)b!["value_date"] == "2024-05-07").Select(b => (string?)b!["id"]));
        Assert.All(emulator.Store.List(EmulatorResource.Balances), b => Assert.False(b.ContainsKey("created_at")));
        Assert.Equal(transactions, emulator.Store.Count(EmulatorResource.Transactions));
    }

    [Fact]
    public async Task Owners_detail_and_delete_work_on_stored_items()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("erebor_br_retail"))["id"]!;

        var owner = Assert.Single((await api.Post("/api/owners/", new { link })).Array)!.AsObject();
        var detail = await api.Get($"/api/owners/{owner["id"]}/");

        Assert.Equal(owner.ToJsonString(), detail.Object.ToJsonString());
        Assert.Equal("CPF", (string?)owner["document_id"]!["document_type"]);
        Assert.Contains("@", (string?)owner["email"], StringComparison.Ordinal);
        Assert.Equal(204, (await api.Delete($"/api/owners/{owner["id"]}/")).Code);
        (await api.Get($"/api/owners/{owner["id"]}/")).AssertError(404, "not_found");
    }
}
