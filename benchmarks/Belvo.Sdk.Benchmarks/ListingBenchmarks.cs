using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// Enumerating 5 pages × 1000 transactions through the whole client (Refit, handlers, paging) over an
/// in-memory transport: the SDK's own overhead per item, with no network.
/// </summary>
[MemoryDiagnoser]
public class ListingBenchmarks
{
    private const int Pages = 5;
    private BelvoClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bodies = Enumerable.Range(1, Pages)
            .Select(page => Encoding.UTF8.GetBytes(PayloadFactory.TransactionsPage(1000, page < Pages ? $"https://sandbox.belvo.com/api/transactions/?page={page + 1}" : null)))
            .ToArray();
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "password" };
        _client = new BelvoClient(options, new BelvoPipelineOptions { Transport = new InMemoryTransport(bodies) });
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark]
    public async Task<decimal> EnumerateFiveThousandTransactions()
    {
        var total = 0m;
        await foreach (var transaction in _client.Transactions.ListAsync(new TransactionListOptions { Link = Guid.NewGuid() }))
        {
            total += transaction.Amount;
        }

        return total;
    }

    private sealed class InMemoryTransport(byte[][] pages) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            var page = query.Contains("page=", StringComparison.Ordinal) && !query.Contains("page_size", StringComparison.Ordinal)
                ? int.Parse(query[(query.IndexOf("page=", StringComparison.Ordinal) + 5)..], System.Globalization.CultureInfo.InvariantCulture)
                : 1;
            var content = new ByteArrayContent(pages[page - 1]);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
