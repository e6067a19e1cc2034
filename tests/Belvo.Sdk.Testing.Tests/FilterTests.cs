using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class FilterTests
{
    private static async Task<(string Link, string OtherLink)> Seed(ApiClient api)
    {
        var link = (string)(await api.RegisterLink(username: "ana"))["id"]!;
        var other = (string)(await api.RegisterLink("gringotts_mx_retail", username: "beto"))["id"]!;
        await api.RetrieveTransactions(link, "2024-04-01", "2024-04-30");
        await api.RetrieveTransactions(other, "2024-04-01", "2024-04-30");
        return (link, other);
    }

    private static async Task<JsonArray> All(ApiClient api, string query) =>
        (await api.Get("/api/transactions/?page_size=1000&" + query)).Object["results"]!.AsArray();

    [Fact]
    public async Task Transactions_list_requires_the_link_filter()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        (await api.Get("/api/transactions/")).AssertError(400, "required", "link");
    }

    [Fact]
    public async Task Date_filters_compare_value_dates()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (link, _) = await Seed(api);

        var range = await All(api, $"link={link}&value_date__range=2024-04-10,2024-04-12");
        var gte = await All(api, $"link={link}&value_date__gte=2024-04-25");
        var lt = await All(api, $"link={link}&value_date__lt=2024-04-03");

        Assert.NotEmpty(range);
        Assert.All(range, t => Assert.InRange(Date(t), new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 12)));
        Assert.All(gte, t => Assert.True(Date(t) >= new DateOnly(2024, 4, 25)));
        Assert.All(lt, t => Assert.True(Date(t) < new DateOnly(2024, 4, 3)));
        var total = (await All(api, $"link={link}")).Count;
        var before = (await All(api, $"link={link}&value_date__lte=2024-04-14")).Count;
        var after = (await All(api, $"link={link}&value_date__gt=2024-04-14")).Count;
        Assert.Equal(total, before + after);
    }

    [Fact]
    public async Task Links_accounts_amounts_types_and_ids_filter_transactions()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (link, other) = await Seed(api);
        var mine = await All(api, $"link={link}");
        var theirs = await All(api, $"link={other}");
        var account = (string)mine[0]!["account"]!["id"]!;

        Assert.NotEmpty(theirs);
        Assert.Equal(mine.Count, (await All(api, $"link={link}&link__in={link},{other}")).Count);
        Assert.Empty(await All(api, $"link={link}&link__in={other}"));
        Assert.All(await All(api, $"link={link}&account={account}"), t => Assert.Equal(account, (string?)t!["account"]!["id"]));
        Assert.All(await All(api, $"link={link}&amount__gt=1000"), t => Assert.True(t!["amount"]!.GetValue<decimal>() > 1000));
        Assert.All(await All(api, $"link={link}&amount__range=100,200"), t => Assert.InRange(t!["amount"]!.GetValue<decimal>(), 100, 200));
        Assert.All(await All(api, $"link={link}&type=INFLOW"), t => Assert.Equal("INFLOW", (string?)t!["type"]));
        Assert.All(await All(api, $"link={link}&account_type=Cuentas%20de%20efectivo"), t => Assert.Equal("CHECKING_ACCOUNT", (string?)t!["account"]!["category"]));
        var ids = mine.Take(3).Select(t => (string)t!["id"]!).ToList();
        Assert.Equal(ids, (await All(api, $"link={link}&id__in={string.Join(',', ids)}")).Select(t => (string?)t!["id"]));
        Assert.Equal(mine.Count, (await All(api, $"link={link}&not_a_filter=whatever")).Count);
        (await api.Get($"/api/transactions/?link={link}&amount__gt=lots")).AssertError(400, "invalid", "amount__gt");
        (await api.Get($"/api/transactions/?link={link}&value_date__range=2024-04-10")).AssertError(400, "invalid", "value_date__range");
    }

    [Fact]
    public async Task Account_filters_cover_category_name_balance_and_institution()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (link, _) = await Seed(api);

        var checking = (await api.Get("/api/accounts/?category=CHECKING_ACCOUNT")).Object["results"]!.AsArray();
        var named = (await api.Get("/api/accounts/?name__icontains=perfiles")).Object["results"]!.AsArray();
        var rich = (await api.Get("/api/accounts/?balance__current__gte=0&link=" + link)).Object["results"]!.AsArray();
        var byInstitution = (await api.Get("/api/accounts/?institution=gringotts_mx_retail")).Object["results"]!.AsArray();

        Assert.Equal(2, checking.Count);
        Assert.Equal(2, named.Count);
        Assert.All(rich, a => Assert.True(a!["balance"]!["current"]!.GetValue<decimal>() >= 0));
        Assert.All(byInstitution, a => Assert.Equal("gringotts_mx_retail", (string?)a!["institution"]!["name"]));
        Assert.NotEmpty(byInstitution);
    }

    [Fact]
    public async Task Fields_and_omit_shape_every_result()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (link, _) = await Seed(api);

        var only = await All(api, $"link={link}&fields=id,amount");
        var omitted = await All(api, $"link={link}&omit=account,merchant");
        var posted = await api.Post("/api/owners/?fields=id,display_name", new { link });

        Assert.All(only, t => Assert.Equal(["id", "amount"], t!.AsObject().Select(p => p.Key)));
        Assert.All(omitted, t => Assert.False(t!.AsObject().ContainsKey("account") || t.AsObject().ContainsKey("merchant")));
        Assert.Equal(["id", "display_name"], posted.Array[0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Balance_and_owner_filters()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (link, other) = await Seed(api);
        await api.Post("/api/balances/", new { link, date_from = "2024-04-01", date_to = "2024-04-30" });
        await api.Post("/api/owners/", new { link });
        await api.Post("/api/owners/", new { link = other });

        var balances = (await api.Get($"/api/balances/?link={link}&value_date__range=2024-04-05,2024-04-06&page_size=100")).Object["results"]!.AsArray();
        var owners = (await api.Get($"/api/owners/?link__in={link}")).Object["results"]!.AsArray();
        var owner = owners[0]!;
        var byName = (await api.Get($"/api/owners/?display_name__icontains={Uri.EscapeDataString(((string)owner["display_name"]!).Split(' ')[0].ToUpperInvariant())}")).Object["results"]!.AsArray();

        Assert.All(balances, b => Assert.Contains((string)b!["value_date"]!, new[] { "2024-04-05", "2024-04-06" }));
        Assert.Equal(0, balances.Count % 2);
        Assert.Single(owners);
        Assert.Contains(byName, o => (string?)o!["id"] == (string?)owner["id"]);
    }

    private static DateOnly Date(JsonNode? transaction) =>
        DateOnly.Parse((string)transaction!["value_date"]!, CultureInfo.InvariantCulture);
}
