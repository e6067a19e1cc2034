using Belvo.Sdk.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- --filter '*'   (BenchmarkDotNet suites)
// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- peak            (peak memory of (a), one process per run)
// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- --peak-memory   (peak memory of one 50 MiB page)
// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- startup N label=command ...  ((e), see benchmarks/README.md)
// dotnet run -c Release --project benchmarks/Belvo.Sdk.Benchmarks -- serve           (the benchmark server alone, until Enter)
return args switch
{
    ["peak"] => await PeakMemory.RunAllAsync(),
    ["peak", var client, var total] => await PeakMemory.RunOneAsync(client, int.Parse(total, System.Globalization.CultureInfo.InvariantCulture)),
    ["--peak-memory"] => await RunLargePageAsync(),
    ["startup", var runs, .. var commands] => await StartupHarness.RunAsync(int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture), commands),
    ["serve"] => await ServeAsync(),
    _ => Run(args),
};

static async Task<int> RunLargePageAsync()
{
    await LargePagePeakMemory.RunAsync();
    return 0;
}

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}

static async Task<int> ServeAsync()
{
    await using var server = await BenchmarkServer.StartAsync();
    Console.WriteLine(server.BaseAddress);
    Console.ReadLine();
    return 0;
}
