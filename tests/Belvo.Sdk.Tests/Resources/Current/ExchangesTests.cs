using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Foreign exchange operations (Brazil open finance): ListExchanges, RetrieveExchanges, DetailExchange,
/// DeleteExchange and ListExchangeHistory.
/// </summary>
public sealed class ExchangesTests : IDisposable
{
    private const string Collection = "/api/br/exchanges/";
    private static readonly string HistoryPath = $"{Collection}{SpecItemId}/history/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>Exchange</c> schema's property examples (Payloads/current/exchange.json), read into their types.</summary>
    private static void AssertIsSpecExchange(Exchange exchange)
    {
        Assert.Equal(SpecItemId, exchange.Id);
        Assert.Equal(SpecLinkId, exchange.Link);
        Assert.Equal(SpecTimestamp, exchange.CreatedAt);
        Assert.Equal(SpecTimestamp, exchange.CollectedAt);
        Assert.Equal("92792126019929240", exchange.OperationIdentifier);
        Assert.Equal("393874649456", exchange.OperationNumber);
        Assert.Equal(ExchangeOperationType.Compra, exchange.OperationType);
        Assert.Equal(DateTimeOffset.Parse("2023-03-07T08:30:00Z", CultureInfo.InvariantCulture), exchange.OperationRequestedAt);
        Assert.Equal(11225860000140L, exchange.AuthorizedInstitutionIdentifier);
        Assert.Equal("AGENCIA CORRETORA", exchange.AuthorizedInstitutionName);
        Assert.Equal(11225860000140L, exchange.IntermediaryInstitutionIdentifier);
        Assert.Equal("AGENCIA CORRETORA", exchange.IntermediaryInstitutionName);
        Assert.Equal(new DateOnly(2018, 2, 15), exchange.OperationDueDate);
        Assert.Equal(1.3m, exchange.LocalOperationTaxAmount);
        Assert.Equal("BRL", exchange.LocalOperationTaxCurrency);
        Assert.Equal(1000.04m, exchange.LocalOperationValueAmount);
        Assert.Equal("BRL", exchange.LocalOperationValueCurrency);
        Assert.Equal(1000.04m, exchange.ForeignOperationValueAmount);
        Assert.Equal("USD", exchange.ForeignOperationValueCurrency);
        Assert.Equal(1000.04m, exchange.OperationOutstandingBalanceAmount);
        Assert.Equal("USD", exchange.OperationOutstandingBalanceCurrency);
        Assert.Equal(1000.000004m, exchange.TevAmountAmount);
        Assert.Equal("BRL", exchange.TevAmountCurrency);
        Assert.Equal(0.12m, exchange.LocalCurrencyAdvancePercentage);
        Assert.Equal(ExchangeSettlementMethod.FromValue("CARTA_CREDITO_A_PRAZO"), exchange.SettlementMethod);
        Assert.Equal("90302", exchange.OperationCategoryCode);
        Assert.Null(exchange.AdditionalProperties);
    }

    /// <summary>The <c>ExchangeHistory</c> schema's property examples (Payloads/current/exchange_history.json).</summary>
    private static void AssertIsSpecHistoryEvent(ExchangeHistory history)
    {
        Assert.Equal(SpecItemId, history.Id);
        Assert.Equal(SpecLinkId, history.Link);
        Assert.Equal(Guid.Parse("c4bfecf9-4eb6-4920-9f9f-e1f1e60ef321"), history.ExchangeId);
        Assert.Equal("92792126019929240", history.OperationIdentifier);
        Assert.Equal("493874649457", history.EventSequenceNumber);
        Assert.Equal(2, history.EventType); // an integer code (1-6, 9), not a string
        Assert.Equal(DateTimeOffset.Parse("2023-03-10T14:00:00Z", CultureInfo.InvariantCulture), history.EventCreatedAt);
        Assert.Equal(new DateOnly(2023, 3, 20), history.OperationDueDate);
        Assert.Equal(1.4m, history.LocalOperationTaxAmount);
        Assert.Equal(950m, history.LocalOperationValueAmount);
        Assert.Equal(678.57m, history.ForeignOperationValueAmount);
        Assert.Equal("USD", history.ForeignOperationValueCurrency);
        Assert.Equal(678.57m, history.OperationOutstandingBalanceAmount);
        Assert.Equal(1002m, history.TevAmountAmount);
        Assert.Equal(0.12m, history.LocalCurrencyAdvancePercentage);
        Assert.Equal(ExchangeSettlementMethod.FromValue("CARTA_CREDITO_A_PRAZO"), history.SettlementMethod);
        Assert.Equal("90302", history.OperationCategoryCode);
        Assert.Equal("50", history.ForeignPartieRelationshipCode);
        Assert.Equal("Global Tech Imports LLC", history.ForeignPartieName);
        Assert.Equal("US", history.ForeignPartieCountryCode);
        Assert.Null(history.AdditionalProperties);
    }

    [Fact]
    [Covers("ListExchanges")]
    public async Task ListPageAsync_sends_the_required_link_and_reads_typed_exchanges()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/exchange")),
            c => c.Exchanges.ListAsync(new ExchangeListOptions { Link = LinkId }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = LinkIdText });
        AssertIsSpecExchange(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListExchanges")]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new ExchangeListOptions
        {
            Link = LinkId,
            LinkIn = [LinkId, OtherId],
            CollectedAt = EveryTimestampLookup(),
            CreatedAt = EveryDateLookup(),
            Id = SpecItemId,
            IdIn = [SpecItemId, OtherId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Exchanges.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, Query(
            new Dictionary<string, string>
            {
                ["page_size"] = "1000",
                ["link"] = LinkIdText,
                ["link__in"] = $"{LinkId},{OtherId}",
                ["id"] = SpecItemId.ToString(),
                ["id__in"] = $"{SpecItemId},{OtherId}",
            },
            TimestampQuery("collected_at"),
            DateQuery("created_at")));
    }

    [Fact]
    [Covers("ListExchanges")]
    public Task ListAsync_without_the_link_Belvo_requires_is_refused_before_anything_is_sent() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("options", "ExchangeListOptions.Link", c => c.Exchanges.ListAsync().GetPageAsync());

    [Fact]
    [Covers("DetailExchange")]
    public async Task GetAsync_gets_the_exchange_by_id_with_and_without_field_selection()
    {
        var exchange = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("exchange"), (c, fields) => c.Exchanges.GetAsync(SpecItemId, fields));

        AssertIsSpecExchange(exchange);
    }

    [Theory]
    [InlineData(201, false, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, true, $$"""{"link":"{{LinkIdText}}","date_from":"2022-01-01","date_to":"2022-12-31","save_data":true}""")]
    [InlineData(200, true, false, $$"""{"link":"{{LinkIdText}}","date_from":"2022-01-01","date_to":"2022-12-31","save_data":false}""")]
    [Covers("RetrieveExchanges")]
    public async Task RetrieveAsync_posts_the_link_the_period_and_save_data_and_reads_the_exchanges(int status, bool withPeriod, bool? saveData, string expectedBody)
    {
        var retrieve = new ExchangesRetrieveRequest
        {
            Link = LinkId,
            DateFrom = withPeriod ? new DateOnly(2022, 1, 1) : null,
            DateTo = withPeriod ? new DateOnly(2022, 12, 31) : null,
            SaveData = saveData,
        };

        var (exchanges, request) = await _belvo.CallAsync("POST", Collection, status, $"[{Payload("exchange")}]", c => c.Exchanges.RetrieveAsync(retrieve));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecExchange(Assert.Single(exchanges));
    }

    [Fact]
    [Covers("RetrieveExchanges")]
    public Task RetrieveAsync_refuses_a_reversed_period_before_sending() =>
        _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Exchanges.RetrieveAsync(new ExchangesRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = to }));

    [Fact]
    [Covers("DeleteExchange")]
    public Task DeleteAsync_sends_DELETE_to_the_exchange_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{SpecItemId}/", c => c.Exchanges.DeleteAsync(SpecItemId));

    [Fact]
    [Covers("ListExchangeHistory")]
    public async Task ListHistoryAsync_gets_the_history_path_of_the_exchange_and_reads_typed_events()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", HistoryPath, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/exchange_history")),
            c => c.Exchanges.ListHistoryAsync(SpecItemId).GetPageAsync());

        RequestAssert.Sent(request, "GET", HistoryPath, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(1, page.Count);
        AssertIsSpecHistoryEvent(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListExchangeHistory")]
    public async Task ListHistoryAsync_follows_the_next_link_through_every_page_of_the_history()
    {
        var second = BelvoTestServer.PayloadNode("current/exchange_history");
        second["event_sequence_number"] = "493874649458";
        second["event_type"] = 9;
        var next = $"{_belvo.BaseAddress}api/br/exchanges/{SpecItemId}/history/?page=2&page_size=1";
        _belvo.RespondInSequence(
            "GET",
            HistoryPath,
            (200, PageOf(2, next, BelvoTestServer.PayloadNode("current/exchange_history"))),
            (200, PageOf(2, null, second)));

        var events = await _belvo.CreateClient().Exchanges.ListHistoryAsync(SpecItemId, new ExchangeHistoryListOptions { PageSize = 1 }).ToListAsync();

        Assert.Equal(2, events.Count);
        AssertIsSpecHistoryEvent(events[0]);
        Assert.Equal("493874649458", events[1].EventSequenceNumber);
        Assert.Equal(9, events[1].EventType);
        var requests = _belvo.Requests;
        Assert.Equal(2, requests.Count);
        RequestAssert.Sent(requests[0], "GET", HistoryPath, new Dictionary<string, string> { ["page_size"] = "1" });
        RequestAssert.Sent(requests[1], "GET", HistoryPath, new Dictionary<string, string> { ["page"] = "2", ["page_size"] = "1" });
    }

    [Fact]
    public async Task Empty_ids_and_a_null_request_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Exchanges.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Exchanges.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Exchanges.ListHistoryAsync(Guid.Empty).GetPageAsync());
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Exchanges.RetrieveAsync(new ExchangesRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ExchangesRetrieveRequest), c => c.Exchanges.RetrieveAsync(null!));
    }
}
