using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Employment records (Mexico) in the background: the description now accepts <c>X-Belvo-Request-Mode: async</c>
/// on <c>POST /api/employment-records/</c> and answers 202 with the request id the webhook carries.
/// </summary>
public sealed class EmploymentRecordsBackgroundTests : IDisposable
{
    private const string Collection = "/api/employment-records/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Theory]
    [InlineData(null, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(true, true, $$"""{"link":"{{LinkIdText}}","attach_pdf":true,"save_data":true}""")]
    [Covers("IEmploymentRecordsClient.RetrieveInBackgroundAsync")]
    public Task RetrieveInBackgroundAsync_posts_with_the_async_header_and_reads_the_202_request_id(bool? attachPdf, bool? saveData, string expectedBody) =>
        _belvo.AssertRetrievesInBackgroundAsync(
            Collection,
            expectedBody,
            c => c.EmploymentRecords.RetrieveInBackgroundAsync(new EmploymentRecordsRetrieveRequest { Link = LinkId, AttachPdf = attachPdf, SaveData = saveData }),
            c => c.EmploymentRecords.RetrieveInBackgroundWithResponseAsync(new EmploymentRecordsRetrieveRequest { Link = LinkId, AttachPdf = attachPdf, SaveData = saveData }));

    [Fact]
    [Covers("IEmploymentRecordsClient.RetrieveInBackgroundAsync")]
    public async Task An_empty_link_or_a_null_request_is_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.EmploymentRecords.RetrieveInBackgroundAsync(new EmploymentRecordsRetrieveRequest { Link = Guid.Empty }));
        await _belvo.AssertNullRequestRefusedAsync(nameof(EmploymentRecordsRetrieveRequest), c => c.EmploymentRecords.RetrieveInBackgroundAsync(null!));
    }
}
