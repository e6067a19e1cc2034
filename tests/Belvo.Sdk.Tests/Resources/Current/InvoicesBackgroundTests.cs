using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>Invoices (SAT, Mexico) in the background: <c>POST /api/invoices/</c> with the async header answers 202.</summary>
public sealed class InvoicesBackgroundTests : IDisposable
{
    private const string Collection = "/api/invoices/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    private static InvoicesRetrieveRequest Request() => new()
    {
        Link = LinkId,
        DateFrom = new DateOnly(2024, 1, 1),
        DateTo = new DateOnly(2024, 3, 31),
        Type = InvoiceType.Inflow,
        AttachXml = true,
    };

    [Fact]
    [Covers("IInvoicesClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id() =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            $$"""{"link":"{{LinkIdText}}","date_from":"2024-01-01","date_to":"2024-03-31","type":"INFLOW","attach_xml":true}""",
            c => c.Invoices.RetrieveInBackgroundAsync(Request()),
            c => c.Invoices.RetrieveInBackgroundWithResponseAsync(Request()));

    [Fact]
    [Covers("IInvoicesClient.RetrieveInBackgroundAsync")]
    public async Task A_period_longer_than_the_365_days_Belvo_returns_is_refused_with_the_rule()
    {
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request",
            "The period 2023-01-01 to 2024-03-31 spans 455 days, but Belvo returns at most 365 days of invoices per request. Split it into several requests.",
            c => c.Invoices.RetrieveInBackgroundAsync(Request() with { DateFrom = new DateOnly(2023, 1, 1) }));
        await _belvo.AssertReversedDatesRefusedAsync((c, from, to) => c.Invoices.RetrieveInBackgroundAsync(Request() with { DateFrom = from, DateTo = to }));
    }
}
