using Belvo.Sdk.Models;
using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>(c) A POST retrieve answered with 1,000 transactions: <c>Transactions.RetrieveAsync</c> against a hand-written POST.</summary>
[MemoryDiagnoser]
public class RetrieveBenchmarks : ServerBenchmark
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenRetrieve() => (await HandWritten.RetrieveTransactionsAsync(BenchmarkServer.LinkId, From, To)).Count;

    [Benchmark]
    public async Task<int> SdkRetrieve() =>
        (await Sdk.Transactions.RetrieveAsync(new TransactionsRetrieveRequest { Link = BenchmarkServer.LinkId, DateFrom = From, DateTo = To })).Count;
}
