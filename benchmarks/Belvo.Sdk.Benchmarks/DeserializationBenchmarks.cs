using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// Reading a full page of 1000 transactions (Belvo's largest page) with the SDK's source-generated metadata,
/// against reflection-based System.Text.Json with equivalent options as the baseline.
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
    public BelvoPage<Transaction>? SourceGenerated() => JsonSerializer.Deserialize(_page, BelvoJsonContext.Default.BelvoPageTransaction);
}
