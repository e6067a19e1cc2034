using System.Diagnostics;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// <c>--peak-memory</c> (issue 10's 50 MiB page): reads one 50 MiB page once in a fresh process and prints the process's peak working set
/// against its working set just before, the managed bytes allocated by the read, and the managed heap the parsed page
/// holds. A plain measurement, next to BenchmarkDotNet's averages, because a peak is a one-off.
/// </summary>
internal static class LargePagePeakMemory
{
    public static async Task RunAsync()
    {
        using var small = LargePageBenchmarks.CreateClient(1);
        using var client = LargePageBenchmarks.CreateClient(LargePageBenchmarks.PageMiB);
        await small.Transactions.ListAsync(new TransactionListOptions { Link = Guid.NewGuid() }).GetPageAsync(); // warm up the code paths

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var page = await client.Transactions.ListAsync(new TransactionListOptions { Link = Guid.NewGuid() }).GetPageAsync();

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        const double MiB = 1048576.0;
        Console.WriteLine($"page body:                     {LargePageBenchmarks.BodyBytes / MiB,8:F1} MiB ({page.Results.Count:N0} transactions)");
        Console.WriteLine($"allocated while reading:       {allocated / MiB,8:F1} MiB");
        Console.WriteLine($"managed heap held by the page: {retained / MiB,8:F1} MiB");
        Console.WriteLine($"working set before the read:   {before / MiB,8:F1} MiB");
        Console.WriteLine($"peak working set:              {peak / MiB,8:F1} MiB (+{(peak - before) / MiB:F1} MiB, {(peak - before) / (double)LargePageBenchmarks.BodyBytes:F2}x the body)");
        GC.KeepAlive(page);
    }
}
