using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>(b) One detail GET: <c>Accounts.GetAsync</c> against a hand-written GET of the same account.</summary>
[MemoryDiagnoser]
public class DetailBenchmarks : ServerBenchmark
{
    [Benchmark(Baseline = true)]
    public async Task<Guid> HandWrittenGet() => (await HandWritten.GetAccountAsync(BenchmarkServer.AccountId)).Id;

    [Benchmark]
    public async Task<Guid> SdkGet() => (await Sdk.Accounts.GetAsync(BenchmarkServer.AccountId)).Id;
}
