using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>Transactions in the background: <c>POST /api/transactions/</c> with the async header answers 202.</summary>
public sealed class TransactionsBackgroundTests : IDisposable
{
    private const string Collection = "/api/transactions/";
    private static readonly Guid Account = Guid.Parse("c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static TransactionsRetrieveRequest Request() => new()
    {
        Link = LinkId,
        Account = Account,
        DateFrom = new DateOnly(2024, 1, 1),
        DateTo = new DateOnly(2024, 1, 31),
        SaveData = true,
    };

    [Fact]
    [Covers("ITransactionsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            $$"""{"link":"{{LinkIdText}}","account":"{{Account}}","date_from":"2024-01-01","date_to":"2024-01-31","save_data":true}""",
            c => c.Transactions.RetrieveInBackgroundAsync(Request()),
            c => c.Transactions.RetrieveInBackgroundWithResponseAsync(Request()));

    [Fact]
    [Covers("ITransactionsClient.RetrieveInBackgroundAsync")]
    public async Task An_empty_account_or_a_reversed_period_is_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Transactions.RetrieveInBackgroundAsync(Request() with { Account = Guid.Empty }));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Transactions.RetrieveInBackgroundAsync(Request() with { DateFrom = from, DateTo = to }));
    }
}
