using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// (d) One page of 1,000 from a stream of pages: the SDK resumes <c>AsPages</c> at a stored <c>next</c> link and takes
/// one page; the hand-written client GETs the same link.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks : ServerBenchmark
{
    private string _link = null!;

    protected override void AfterSetup() =>
        _link = $"{Server.BaseAddress}api/transactions/?link={BenchmarkServer.LinkId}&page=2&page_size=1000";

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenPage() => (await HandWritten.GetPageAsync(_link)).Results.Count;

    [Benchmark]
    public async Task<int> SdkPage()
    {
        await foreach (var page in Sdk.Transactions.ListAsync(new TransactionListOptions { Link = BenchmarkServer.LinkId }).AsPages(_link))
        {
            return page.Results.Count;
        }

        return 0;
    }
}
