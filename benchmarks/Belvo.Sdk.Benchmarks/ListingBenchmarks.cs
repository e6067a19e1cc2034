using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>(a) Listing 50,000 transactions in pages of 1,000: <c>Transactions.ListAsync</c> against a hand-written pager.</summary>
[MemoryDiagnoser]
public class ListingBenchmarks : ServerBenchmark
{
    [Benchmark(Baseline = true)]
    public async Task<decimal> HandWrittenList()
    {
        var total = 0m;
        await foreach (var transaction in HandWritten.ListTransactionsAsync(BenchmarkServer.LinkId))
        {
            total += transaction.Amount;
        }

        return total;
    }

    [Benchmark]
    public async Task<decimal> SdkList()
    {
        var total = 0m;
        await foreach (var transaction in Sdk.Transactions.ListAsync(new TransactionListOptions { Link = BenchmarkServer.LinkId }))
        {
            total += transaction.Amount;
        }

        return total;
    }
}
