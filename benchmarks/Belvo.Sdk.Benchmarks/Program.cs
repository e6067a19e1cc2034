using BenchmarkDotNet.Running;
using Belvo.Sdk.Benchmarks;

// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- --peak-memory
if (args is ["--peak-memory"])
{
    await PeakMemory.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
