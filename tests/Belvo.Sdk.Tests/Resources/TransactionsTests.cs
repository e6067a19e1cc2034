using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class TransactionsTests : IDisposable
{
    private const string Collection = "/api/transactions/";
    private static readonly Guid TransactionId = Guid.Parse("e5588958-48f2-427c-9300-945207532f5d");
    private static readonly Guid AccountId = Guid.Parse("02589c41-ba22-4d44-8558-8111cc751318");
    private static readonly Guid CreditCardTransactionId = Guid.Parse("9e432f18-36ca-4bd6-a3f3-1971e58dc1e8");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The spec's <c>TransactionsChecking</c> transaction, read into its types.</summary>
    private static void AssertIsSpecCheckingTransaction(Transaction transaction)
    {
        Assert.Equal(TransactionId, transaction.Id);
        Assert.Equal("Transferencia interbancaria", transaction.Description);
        Assert.Equal(932.5m, transaction.Amount);
        Assert.Null(transaction.Balance);
        Assert.Equal("MXN", transaction.Currency);
        Assert.Equal(TransactionType.Inflow, transaction.Type);
        Assert.Equal(TransactionStatus.Uncategorized, transaction.Status);
        Assert.Equal(TransactionCategory.IncomeAndPayments, transaction.Category);
        Assert.Equal(TransactionSubcategory.Freelance, transaction.Subcategory);
        Assert.Equal(new DateOnly(2022, 7, 11), transaction.ValueDate);
        Assert.Null(transaction.AccountingDate);
        Assert.Equal(DateTimeOffset.Parse("2022-07-20T22:09:33.767574Z", CultureInfo.InvariantCulture), transaction.CollectedAt);
        Assert.Equal("085904452810319225", transaction.Reference);
        Assert.Equal("Merchants R Us Global", transaction.Merchant!.MerchantName);
        Assert.Equal(AccountId, transaction.Account!.Id);
        Assert.Equal(LinkId, transaction.Account.Link);
        Assert.Equal(AccountCategory.CheckingAccount, transaction.Account.Category);
        Assert.Equal(0m, transaction.Account.Balance.Current);
    }

    private static TransactionsRetrieveRequest January(bool? saveData = null) => new()
    {
        Link = LinkId,
        DateFrom = new DateOnly(2024, 1, 1),
        DateTo = new DateOnly(2024, 1, 31),
        SaveData = saveData,
    };

    [Fact]
    public async Task ListPageAsync_with_only_the_link_asks_for_1000_per_page_and_reads_typed_transactions()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, BelvoTestServer.Payload("transactions_page"), c => c.Transactions.ListAsync(new TransactionListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        Assert.Equal(198, page.Count);
        Assert.Equal("https://sandbox.belvo.com/api/{endpoint}/?page=2", page.Next);
        AssertIsSpecCheckingTransaction(Assert.Single(page.Results));
    }

    [Fact]
    public Task ListPageAsync_sends_every_filter_under_its_wire_name_with_invariant_numbers_and_dates() => WithCommaDecimalCultureAsync(async () =>
    {
        var savings = Guid.Parse("0f82c5db-13a2-43c7-a69a-e036160aba3a");
        var options = new TransactionListOptions
        {
            Link = LinkId,
            Account = AccountId,
            AccountIn = [AccountId, savings],
            AccountBalanceAvailable = ComparisonFilter.AtMost(2500.5m),
            AccountBalanceCurrent = new ComparisonFilter<decimal> { GreaterThan = 10.25m, LessThan = 20000m },
            AccountType = "CUENTA NARANJA LITE +",
            AccountTypeIn = ["Cuentas de efectivo", "Tarjetas de crédito"],
            AccountingDate = new ComparisonFilter<DateOnly>
            {
                GreaterThanOrEqual = new DateOnly(2022, 7, 1),
                LessThan = new DateOnly(2022, 8, 1),
            },
            Amount = new ComparisonFilter<decimal>
            {
                EqualTo = 932.5m,
                GreaterThan = 0.01m,
                GreaterThanOrEqual = 100m,
                LessThan = 1000.75m,
                LessThanOrEqual = 999.99m,
                Range = (10.5m, 2000.25m),
            },
            CollectedAt = ComparisonFilter.AtLeast(new DateTimeOffset(2022, 7, 20, 22, 9, 33, 767, TimeSpan.Zero)),
            CreatedAt = ComparisonFilter.Exactly(new DateOnly(2022, 7, 20)),
            CreditCardBillNameIn = ["apr-2020", "may-2020"],
            Currency = "MXN",
            CurrencyIn = ["MXN", "USD"],
            Reference = "085904452810319225",
            ReferenceIn = ["8703", "085904452810319225"],
            Status = TransactionStatus.Processed,
            StatusIn = [TransactionStatus.Pending, TransactionStatus.Processed],
            Type = TransactionType.Outflow,
            TypeIn = [TransactionType.Inflow, TransactionType.Outflow],
            ValueDate = new ComparisonFilter<DateOnly>
            {
                EqualTo = new DateOnly(2022, 7, 11),
                GreaterThan = new DateOnly(2022, 1, 1),
                GreaterThanOrEqual = new DateOnly(2022, 1, 2),
                LessThan = new DateOnly(2022, 12, 31),
                LessThanOrEqual = new DateOnly(2022, 12, 30),
                Range = (new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 31)),
            },
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Transactions.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "1000",
            ["link"] = LinkIdText,
            ["account"] = AccountId.ToString(),
            ["account__in"] = $"{AccountId},{savings}",
            ["account__balance__available__lte"] = "2500.5",
            ["account__balance__current__gt"] = "10.25",
            ["account__balance__current__lt"] = "20000",
            ["account_type"] = "CUENTA NARANJA LITE +",
            ["account_type__in"] = "Cuentas de efectivo,Tarjetas de crédito",
            ["accounting_date__gte"] = "2022-07-01",
            ["accounting_date__lt"] = "2022-08-01",
            ["amount"] = "932.5",
            ["amount__gt"] = "0.01",
            ["amount__gte"] = "100",
            ["amount__lt"] = "1000.75",
            ["amount__lte"] = "999.99",
            ["amount__range"] = "10.5,2000.25",
            ["collected_at__gte"] = "2022-07-20T22:09:33.767Z",
            ["created_at"] = "2022-07-20",
            ["credit_card_data__bill_name__in"] = "apr-2020,may-2020",
            ["currency"] = "MXN",
            ["currency__in"] = "MXN,USD",
            ["reference"] = "085904452810319225",
            ["reference__in"] = "8703,085904452810319225",
            ["status"] = "PROCESSED",
            ["status__in"] = "PENDING,PROCESSED",
            ["type"] = "OUTFLOW",
            ["type__in"] = "INFLOW,OUTFLOW",
            ["value_date"] = "2022-07-11",
            ["value_date__gt"] = "2022-01-01",
            ["value_date__gte"] = "2022-01-02",
            ["value_date__lt"] = "2022-12-31",
            ["value_date__lte"] = "2022-12-30",
            ["value_date__range"] = "2022-07-01,2022-07-31",
        });
    });

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_transactions()
    {
        var (transactions, request) = await _belvo.CallAsync(
            "GET", Collection, 200, BelvoTestServer.Payload("transactions_page"),
            c => c.Transactions.ListAsync(new TransactionListOptions { Link = LinkId, MaxItems = 1, Type = TransactionType.Inflow }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText, ["type"] = "INFLOW" });
        AssertIsSpecCheckingTransaction(Assert.Single(transactions));
    }

    [Fact]
    public async Task Listing_without_a_link_is_refused_before_any_request()
    {
        var client = _belvo.CreateClient();

        var all = await Assert.ThrowsAsync<ArgumentException>(async () => await client.Transactions.ListAsync(new TransactionListOptions { Currency = "MXN" }).ToListAsync());
        var page = await Assert.ThrowsAsync<ArgumentException>(() => client.Transactions.ListAsync().GetPageAsync());

        Assert.Contains("TransactionListOptions.Link", all.Message, StringComparison.Ordinal);
        Assert.Contains("TransactionListOptions.Link", page.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task GetAsync_gets_the_transaction_by_id_with_and_without_field_selection_and_reads_credit_card_data()
    {
        var path = $"{Collection}{CreditCardTransactionId}/";

        var transaction = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            path, SpecPayload("transactions_detail"), (c, fields) => c.Transactions.GetAsync(CreditCardTransactionId, fields));

        Assert.Equal(CreditCardTransactionId, transaction.Id);
        Assert.Equal(2145.45m, transaction.Amount);
        Assert.Equal(16907.96m, transaction.Balance);
        Assert.Equal(TransactionType.Outflow, transaction.Type);
        Assert.Equal(TransactionStatus.Processed, transaction.Status);
        Assert.Equal(new DateOnly(2019, 10, 23), transaction.ValueDate);
        Assert.Equal(new DateOnly(2019, 10, 23), transaction.AccountingDate);
        Assert.Equal("OPTIONAL OBSERVATIONS", transaction.Observations);
        Assert.Equal("apr-2020", transaction.CreditCardData!.BillName);
        Assert.Equal("2000.00", transaction.CreditCardData.PreviousBillTotal);
        Assert.Equal(AccountCategory.CreditCard, transaction.Account!.Category);
        Assert.Equal(192000m, transaction.Account.CreditData!.CreditLimit);
        Assert.Equal(5621.12m, transaction.Account.Balance.Available);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_transaction_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{TransactionId}/", c => c.Transactions.DeleteAsync(TransactionId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-01-31"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-01-31","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-01-31","save_data":false}""")]
    public async Task RetrieveAsync_posts_link_dates_and_save_data_and_reads_the_transactions_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (transactions, request) = await _belvo.CallAsync(
            "POST", Collection, status, SpecPayload("transactions_retrieve"), c => c.Transactions.RetrieveAsync(January(saveData)));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        Assert.Null(RequestAssert.Header(request, "X-Belvo-Request-Mode"));
        AssertIsSpecCheckingTransaction(Assert.Single(transactions));
    }

    [Fact]
    public async Task RetrieveAsync_sends_the_account_and_an_upfront_token()
    {
        var (_, request) = await _belvo.CallAsync(
            "POST", Collection, 201, SpecPayload("transactions_retrieve"),
            c => c.Transactions.RetrieveAsync(January() with { Account = AccountId, Token = "123456" }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: $$"""
            {"link":"{{LinkIdText}}","account":"{{AccountId}}","date_from":"2024-01-01","date_to":"2024-01-31","token":"123456"}
            """);
    }

    [Fact]
    public async Task RetrieveInBackgroundAsync_asks_for_async_mode_and_reads_the_202_request_id()
    {
        var (accepted, request) = await _belvo.CallAsync(
            "POST", Collection, 202, """{"request_id":"b5d0106ac9cc43d5b36199fe831f6bbe"}""",
            c => c.Transactions.RetrieveInBackgroundAsync(January(saveData: true)));

        RequestAssert.Sent(
            request,
            "POST",
            Collection,
            jsonBody: $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-01-31","save_data":true}""",
            headers: new Dictionary<string, string> { ["X-Belvo-Request-Mode"] = "async" });
        Assert.Equal("b5d0106ac9cc43d5b36199fe831f6bbe", accepted.RequestId);
    }

    [Theory]
    [MemberData(nameof(ResumeCases), MemberType = typeof(ResourceTestKit))]
    public async Task ResumeAsync_patches_the_collection_with_session_link_token_and_save_data(string? token, bool? saveData, string expectedBody)
    {
        var (transactions, request) = await _belvo.CallAsync(
            "PATCH", Collection, 201, SpecPayload("transactions_retrieve"), c => c.Transactions.ResumeAsync(Session, token, LinkId, saveData));

        RequestAssert.Sent(request, "PATCH", Collection, jsonBody: expectedBody);
        AssertIsSpecCheckingTransaction(Assert.Single(transactions));
    }

    [Fact]
    public async Task Empty_ids_reversed_dates_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Transactions.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Transactions.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Transactions.RetrieveAsync(January() with { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Transactions.RetrieveInBackgroundAsync(January() with { Link = Guid.Empty }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Transactions.ResumeAsync(Session, "123456", Guid.Empty));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Transactions.RetrieveAsync(January() with { DateFrom = from, DateTo = to }));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Transactions.RetrieveInBackgroundAsync(January() with { DateFrom = from, DateTo = to }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Transactions.ResumeAsync("", null, LinkId));
    }

    [Fact]
    public async Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type()
    {
        await _belvo.AssertNullRequestRefusedAsync(nameof(TransactionsRetrieveRequest), c => c.Transactions.RetrieveAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(TransactionsRetrieveRequest), c => c.Transactions.RetrieveInBackgroundAsync(null!));
    }

    [Fact]
    public void The_retrieve_request_never_prints_the_token() =>
        AssertHidesSecrets(January() with { Token = "secret-token-1" }, "secret-token-1");
}
