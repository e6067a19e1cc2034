using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class AccountsTests : IDisposable
{
    private const string Collection = "/api/accounts/";
    private static readonly Guid AccountId = Guid.Parse("c21f3914-bcbe-44c4-a2e8-a5e33f6888d4");
    private static readonly Guid CreditCardId = Guid.Parse("0f82c5db-13a2-43c7-a69a-e036160aba3a");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The spec's <c>AccountsBankingChecking</c> example, read into its types.</summary>
    private static void AssertIsSpecCheckingAccount(Account account)
    {
        Assert.Equal(AccountId, account.Id);
        Assert.Equal(Guid.Parse("57f212dc-1ba4-407f-b7f0-15a5e5ff17ae"), account.Link);
        Assert.Equal("erebor_mx_retail", account.Institution!.Name);
        Assert.Equal(InstitutionType.Bank, account.Institution.Type);
        Assert.Equal(AccountCategory.CheckingAccount, account.Category);
        Assert.Equal("Cuenta Perfiles- M.N.- - ERB-237", account.Name);
        Assert.Equal("2180700688677950", account.Number);
        Assert.Equal(4523.48m, account.Balance.Available);
        Assert.Equal(4523.48m, account.Balance.Current);
        Assert.Equal("MXN", account.Currency);
        Assert.Equal("CLABE", account.PublicIdentificationName);
        Assert.Equal("2180700008677950", account.PublicIdentificationValue);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:45:50.406032Z", CultureInfo.InvariantCulture), account.CollectedAt);
        Assert.Equal(DateTimeOffset.Parse("2022-02-01T20:25:47.307911Z", CultureInfo.InvariantCulture), account.LastAccessedAt);
        Assert.Null(account.CreditData);
    }

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_accounts()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, PageOfItems(BelvoTestServer.Payload("accounts_retrieve")), c => c.Accounts.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(1, page.Count);
        AssertIsSpecCheckingAccount(Assert.Single(page.Results));
    }

    [Fact]
    public Task ListPageAsync_sends_every_filter_under_its_wire_name_with_invariant_numbers() => WithCommaDecimalCultureAsync(async () =>
    {
        var other = Guid.Parse("57f212dc-1ba4-407f-b7f0-15a5e5ff17ae");
        var options = new AccountListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, other],
            BalanceAvailable = new ComparisonFilter<decimal>
            {
                EqualTo = 4523.48m,
                GreaterThan = 0.5m,
                GreaterThanOrEqual = 1000m,
                LessThan = 99999.99m,
                LessThanOrEqual = 5000.25m,
                Range = (-10.5m, 1234567.89m),
            },
            BalanceCurrent = ComparisonFilter.AtLeast(1500.75m),
            Category = AccountCategory.CheckingAccount,
            CategoryIn = [AccountCategory.CreditCard, AccountCategory.SavingsAccount],
            CreatedAt = ComparisonFilter.Between(new DateOnly(2022, 2, 9), new DateOnly(2022, 2, 10)),
            Currency = "MXN",
            CurrencyIn = ["MXN", "COP"],
            Id = AccountId,
            IdIn = [AccountId, CreditCardId],
            Institution = "erebor_mx_retail",
            InstitutionIn = ["erebor_mx_retail", "gringotts_co_retail"],
            Name = "Cuenta Perfiles- M.N.- - ERB-237",
            NameContains = "perfiles",
            Number = "2180700688677950",
            NumberIn = ["2180700688677950", "996685090015"],
            PublicIdentificationName = "CLABE",
            PublicIdentificationValue = "2180700008677950",
            Type = "Cuentas de efectivo",
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Accounts.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{other}",
            ["balance__available"] = "4523.48",
            ["balance__available__gt"] = "0.5",
            ["balance__available__gte"] = "1000",
            ["balance__available__lt"] = "99999.99",
            ["balance__available__lte"] = "5000.25",
            ["balance__available__range"] = "-10.5,1234567.89",
            ["balance__current__gte"] = "1500.75",
            ["category"] = "CHECKING_ACCOUNT",
            ["category__in"] = "CREDIT_CARD,SAVINGS_ACCOUNT",
            ["created_at__range"] = "2022-02-09,2022-02-10",
            ["currency"] = "MXN",
            ["currency__in"] = "MXN,COP",
            ["id"] = AccountId.ToString(),
            ["id__in"] = $"{AccountId},{CreditCardId}",
            ["institution"] = "erebor_mx_retail",
            ["institution__in"] = "erebor_mx_retail,gringotts_co_retail",
            ["name"] = "Cuenta Perfiles- M.N.- - ERB-237",
            ["name__icontains"] = "perfiles",
            ["number"] = "2180700688677950",
            ["number__in"] = "2180700688677950,996685090015",
            ["public_identification_name"] = "CLABE",
            ["public_identification_value"] = "2180700008677950",
            ["type"] = "Cuentas de efectivo",
        });
    });

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_accounts()
    {
        var (accounts, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOfItems(BelvoTestServer.Payload("accounts_retrieve")),
            c => c.Accounts.ListAsync(new AccountListOptions { Link = LinkId, Category = AccountCategory.CheckingAccount }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["category"] = "CHECKING_ACCOUNT",
        });
        AssertIsSpecCheckingAccount(Assert.Single(accounts));
    }

    [Fact]
    public async Task GetAsync_gets_the_account_by_id_with_and_without_field_selection_and_reads_credit_data()
    {
        var path = $"{Collection}{CreditCardId}/";

        var account = await _belvo.AssertGetsWithAndWithoutSelectionAsync(path, SpecPayload("accounts_detail"), (c, fields) => c.Accounts.GetAsync(CreditCardId, fields));

        Assert.Equal(CreditCardId, account.Id);
        Assert.Equal(AccountCategory.CreditCard, account.Category);
        Assert.Equal("LIABILITY", account.BalanceType);
        Assert.Equal(1550.15m, account.Balance.Available);
        Assert.Equal(4049.85m, account.Balance.Current);
        Assert.Null(account.Number);
        Assert.Equal(15600m, account.CreditData!.CreditLimit);
        Assert.Equal(690m, account.CreditData.MinimumPayment);
        Assert.Equal(11550.15m, account.CreditData.NoInterestPayment);
        Assert.Equal(4m, account.CreditData.InterestRate);
        Assert.Equal(new DateOnly(2021, 4, 11), account.CreditData.CuttingDate);
        Assert.Null(account.CreditData.MonthlyPayment);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_account_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{AccountId}/", c => c.Accounts.DeleteAsync(AccountId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_and_reads_the_accounts_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (accounts, request) = await _belvo.CallAsync(
            "POST", Collection, status, BelvoTestServer.Payload("accounts_retrieve"),
            c => c.Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecCheckingAccount(Assert.Single(accounts));
    }

    [Fact]
    public async Task RetrieveAsync_sends_an_upfront_token()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, BelvoTestServer.Payload("accounts_retrieve"),
            c => c.Accounts.RetrieveAsync(new RetrieveRequest { Link = LinkId, Token = "123456", SaveData = true }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""{"link":"{{LinkIdText}}","token":"123456","save_data":true}""");
    }

    [Theory]
    [MemberData(nameof(ResumeCases), MemberType = typeof(ResourceTestKit))]
    public async Task ResumeAsync_patches_the_collection_with_session_link_token_and_save_data(string? token, bool? saveData, string expectedBody)
    {
        var (accounts, request) = await _belvo.CallAsync(
            "PATCH", Collection, 201, BelvoTestServer.Payload("accounts_retrieve"), c => c.Accounts.ResumeAsync(Session, token, LinkId, saveData));

        RequestAssert.Sent(request, "PATCH", Collection, jsonBody: expectedBody);
        AssertIsSpecCheckingAccount(Assert.Single(accounts));
    }

    [Fact]
    public async Task Empty_ids_a_null_request_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Accounts.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Accounts.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Accounts.RetrieveAsync(new RetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Accounts.ResumeAsync(Session, "123456", Guid.Empty));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Accounts.ResumeAsync("", "123456", LinkId));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(RetrieveRequest), c => c.Accounts.RetrieveAsync(null!));

    [Fact]
    public void The_retrieve_request_never_prints_the_token() =>
        AssertHidesSecrets(new RetrieveRequest { Link = LinkId, Token = "secret-token-1" }, "secret-token-1");
}
