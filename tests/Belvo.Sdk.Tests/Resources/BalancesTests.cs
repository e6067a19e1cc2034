using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class BalancesTests : IDisposable
{
    private const string Collection = "/api/balances/";
    private static readonly Guid BalanceId = Guid.Parse("b834e69b-1aa4-465d-969c-07c886a4fbed");
    private static readonly Guid AccountId = Guid.Parse("26428311-7108-40b8-a22b-c310187dd005");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The spec's <c>BalancesExample</c> balance, read into its types.</summary>
    private static void AssertIsSpecBalance(Balance balance)
    {
        Assert.Equal(BalanceId, balance.Id);
        Assert.Equal(4.25m, balance.Amount);
        Assert.Equal(4.25m, balance.CurrentBalance);
        Assert.Equal(new DateOnly(2022, 4, 4), balance.ValueDate);
        Assert.Equal(new DateTimeOffset(2022, 4, 6, 23, 30, 51, TimeSpan.Zero).AddTicks(2821740), balance.CollectedAt);
        Assert.Null(balance.Statement);
        Assert.Equal(AccountId, balance.Account!.Id);
        Assert.Equal("erebor_br_retail", balance.Account.Institution!.Name);
        Assert.Equal(146.81m, balance.Account.Balance.Current);
        Assert.Equal("BRL", balance.Account.Currency);
        Assert.Equal(DateTimeOffset.Parse("2022-06-17T03:20:41.300075Z", CultureInfo.InvariantCulture), balance.Account.CollectedAt);
        Assert.Equal("0009", balance.Account.Agency);
    }

    private static BalancesRetrieveRequest April(bool? saveData = null) => new()
    {
        Link = LinkId,
        DateFrom = new DateOnly(2022, 4, 1),
        DateTo = new DateOnly(2022, 4, 30),
        SaveData = saveData,
    };

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_balances()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, BelvoTestServer.Payload("balances_page"), c => c.Balances.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(385, page.Count);
        Assert.Equal("https://sandbox.belvo.com/api/balances/?page=2", page.Next);
        AssertIsSpecBalance(Assert.Single(page.Results));
    }

    [Fact]
    public Task ListPageAsync_sends_every_filter_under_its_wire_name_with_invariant_numbers_and_dates() => WithCommaDecimalCultureAsync(async () =>
    {
        var other = Guid.Parse("02589c41-ba22-4d44-8558-8111cc751318");
        var options = new BalanceListOptions
        {
            Page = 2,
            Link = LinkId,
            LinkIn = [LinkId, BalanceId],
            Account = AccountId,
            AccountIn = [AccountId, other],
            AccountType = "Cuentas de efectivo",
            AccountTypeIn = ["Cuentas de efectivo", "Ahorro"],
            Balance = new ComparisonFilter<decimal>
            {
                EqualTo = 4.25m,
                GreaterThan = 0.1m,
                GreaterThanOrEqual = 1.5m,
                LessThan = 10000.75m,
                LessThanOrEqual = 9999.99m,
                Range = (-250.5m, 250.5m),
            },
            Currency = "BRL",
            CurrencyIn = ["BRL", "MXN"],
            Id = BalanceId,
            IdIn = [BalanceId, other],
            Institution = "erebor_br_retail",
            InstitutionIn = ["erebor_br_retail", "erebor_mx_retail"],
            ValueDate = new ComparisonFilter<DateOnly>
            {
                EqualTo = new DateOnly(2022, 4, 4),
                GreaterThan = new DateOnly(2022, 3, 31),
                GreaterThanOrEqual = new DateOnly(2022, 4, 1),
                LessThan = new DateOnly(2022, 5, 1),
                LessThanOrEqual = new DateOnly(2022, 4, 30),
                Range = (new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 30)),
            },
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Balances.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page"] = "2",
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{BalanceId}",
            ["account"] = AccountId.ToString(),
            ["account__in"] = $"{AccountId},{other}",
            ["account__type"] = "Cuentas de efectivo",
            ["account__type__in"] = "Cuentas de efectivo,Ahorro",
            ["balance"] = "4.25",
            ["balance__gt"] = "0.1",
            ["balance__gte"] = "1.5",
            ["balance__lt"] = "10000.75",
            ["balance__lte"] = "9999.99",
            ["balance__range"] = "-250.5,250.5",
            ["currency"] = "BRL",
            ["currency__in"] = "BRL,MXN",
            ["id"] = BalanceId.ToString(),
            ["id__in"] = $"{BalanceId},{other}",
            ["institution"] = "erebor_br_retail",
            ["institution__in"] = "erebor_br_retail,erebor_mx_retail",
            ["value_date"] = "2022-04-04",
            ["value_date__gt"] = "2022-03-31",
            ["value_date__gte"] = "2022-04-01",
            ["value_date__lt"] = "2022-05-01",
            ["value_date__lte"] = "2022-04-30",
            ["value_date__range"] = "2022-04-01,2022-04-30",
        });
    });

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_balances()
    {
        var (balances, request) = await _belvo.CallAsync(
            "GET", Collection, 200, BelvoTestServer.Payload("balances_page"),
            c => c.Balances.ListAsync(new BalanceListOptions { Link = LinkId, MaxItems = 1 }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecBalance(Assert.Single(balances));
    }

    [Fact]
    public async Task GetAsync_gets_the_balance_by_id_with_and_without_field_selection()
    {
        var balance = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{BalanceId}/", FirstItem(BelvoTestServer.Payload("balances_page")), (c, fields) => c.Balances.GetAsync(BalanceId, fields));

        AssertIsSpecBalance(balance);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_balance_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{BalanceId}/", c => c.Balances.DeleteAsync(BalanceId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}","date_from":"2022-04-01","date_to":"2022-04-30"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","date_from":"2022-04-01","date_to":"2022-04-30","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","date_from":"2022-04-01","date_to":"2022-04-30","save_data":false}""")]
    public async Task RetrieveAsync_posts_link_dates_and_save_data_and_reads_the_balances_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (balances, request) = await _belvo.CallAsync(
            "POST", Collection, status, SpecPayload("balances_retrieve"), c => c.Balances.RetrieveAsync(April(saveData)));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecBalance(Assert.Single(balances));
    }

    [Fact]
    public async Task RetrieveAsync_sends_the_account_and_an_upfront_token()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, SpecPayload("balances_retrieve"), c => c.Balances.RetrieveAsync(April() with { Account = AccountId, Token = "123456" }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""
            {"link":"{{LinkIdText}}","account":"{{AccountId}}","date_from":"2022-04-01","date_to":"2022-04-30","token":"123456"}
            """);
    }

    [Theory]
    [MemberData(nameof(ResumeCases), MemberType = typeof(ResourceTestKit))]
    public async Task ResumeAsync_patches_the_collection_with_session_link_token_and_save_data(string? token, bool? saveData, string expectedBody)
    {
        var (balances, request) = await _belvo.CallAsync(
            "PATCH", Collection, 201, SpecPayload("balances_retrieve"), c => c.Balances.ResumeAsync(Session, token, LinkId, saveData));

        RequestAssert.Sent(request, "PATCH", Collection, jsonBody: expectedBody);
        AssertIsSpecBalance(Assert.Single(balances));
    }

    [Fact]
    public async Task Empty_ids_reversed_dates_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Balances.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Balances.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Balances.RetrieveAsync(April() with { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Balances.ResumeAsync(Session, "123456", Guid.Empty));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Balances.RetrieveAsync(April() with { DateFrom = from, DateTo = to }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Balances.ResumeAsync("  ", "123456", LinkId));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(BalancesRetrieveRequest), c => c.Balances.RetrieveAsync(null!));

    [Fact]
    public void The_retrieve_request_never_prints_the_token() =>
        AssertHidesSecrets(April() with { Token = "secret-token-1" }, "secret-token-1");
}
