using Belvo.Sdk.Benchmarks.Baseline;
using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// One server, one SDK client and one hand-written client per benchmark class, both over the same loopback Kestrel
/// server with the same bytes: each class's <c>Ratio</c> and <c>Alloc Ratio</c> columns are SDK / hand-written.
/// </summary>
public abstract class ServerBenchmark
{
    protected BenchmarkServer Server { get; private set; } = null!;

    protected BelvoClient Sdk { get; private set; } = null!;

    protected HandWrittenClient HandWritten { get; private set; } = null!;

    protected virtual int TotalTransactions => 50_000;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Server = await BenchmarkServer.StartAsync(TotalTransactions);
        Sdk = new BelvoClient(new BelvoClientOptions { SecretId = "id", SecretPassword = "password", BaseAddress = Server.BaseAddress });
        HandWritten = new HandWrittenClient(Server.BaseAddress);
        AfterSetup();
    }

    protected virtual void AfterSetup()
    {
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Sdk.Dispose();
        HandWritten.Dispose();
        await Server.DisposeAsync();
    }
}
