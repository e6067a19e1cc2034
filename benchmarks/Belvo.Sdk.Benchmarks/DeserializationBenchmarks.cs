using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// Reading a full page of 1000 transactions (Belvo's largest page) from memory and from a stream: reflection-based
/// System.Text.Json (the baseline), the hand-written client's records, the SDK's per-property source-generated
/// metadata (<c>BelvoJsonContext</c>) and the generated readers the SDK reads responses with (<c>BelvoJson.Read</c>).
/// </summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(BelvoJsonContext.Default.Options)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private byte[] _page = [];

    [GlobalSetup]
    public void Setup() => _page = Encoding.UTF8.GetBytes(PayloadFactory.TransactionsPage(1000, next: null));

    [Benchmark(Baseline = true)]
    public BelvoPage<Transaction>? Reflection() => JsonSerializer.Deserialize<BelvoPage<Transaction>>(_page, ReflectionOptions);

    [Benchmark]
    public Belvo.Sdk.Benchmarks.Baseline.TransactionPageDto? HandWritten() => JsonSerializer.Deserialize(_page, Belvo.Sdk.Benchmarks.Baseline.BaselineJsonContext.Default.TransactionPageDto);

    [Benchmark]
    public async Task<BelvoPage<Transaction>?> SourceGeneratedStream() => await JsonSerializer.DeserializeAsync(new MemoryStream(_page), BelvoJsonContext.Default.BelvoPageTransaction);

    [Benchmark]
    public async Task<Belvo.Sdk.Benchmarks.Baseline.TransactionPageDto?> HandWrittenStream() => await JsonSerializer.DeserializeAsync(new MemoryStream(_page), Belvo.Sdk.Benchmarks.Baseline.BaselineJsonContext.Default.TransactionPageDto);

    [Benchmark]
    public BelvoPage<Transaction>? Readers() => JsonSerializer.Deserialize(_page, BelvoJson.Read<BelvoPage<Transaction>>());

    [Benchmark]
    public async Task<BelvoPage<Transaction>?> ReadersStream() => await JsonSerializer.DeserializeAsync(new MemoryStream(_page), BelvoJson.Read<BelvoPage<Transaction>>());

    [Benchmark]
    public BelvoPage<Transaction>? SourceGenerated() => JsonSerializer.Deserialize(_page, BelvoJsonContext.Default.BelvoPageTransaction);
}
