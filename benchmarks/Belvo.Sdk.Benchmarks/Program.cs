using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
