using System.Diagnostics;
using System.Globalization;
using Belvo.Sdk.Benchmarks.Baseline;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// The peak memory of listing (a) at 10,000 and 200,000 transactions, each run in a process of its own so one run's
/// heap does not count for the next: the largest managed heap seen after each page (GC.GetGCMemoryInfo) and the
/// process's peak working set (which includes the in-process server's page bytes, the same for both clients).
/// </summary>
internal static class PeakMemory
{
    public static async Task<int> RunAllAsync()
    {
        Console.WriteLine("| client | transactions | peak heap after a GC (MB) | peak working set (MB) | time (s) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var total in new[] { 10_000, 200_000 })
        {
            foreach (var client in new[] { "baseline", "sdk" })
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
                if (!Environment.ProcessPath!.EndsWith("Belvo.Sdk.Benchmarks", StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
                }

                start.ArgumentList.Add("peak");
                start.ArgumentList.Add(client);
                start.ArgumentList.Add(total.ToString(CultureInfo.InvariantCulture));
                using var process = Process.Start(start)!;
                Console.WriteLine(await process.StandardOutput.ReadToEndAsync());
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    return process.ExitCode;
                }
            }
        }

        return 0;
    }

    public static async Task<int> RunOneAsync(string client, int total)
    {
        await using var server = await BenchmarkServer.StartAsync(total);
        var stopwatch = Stopwatch.StartNew();
        long peakHeap = 0;
        var count = 0;
        var sum = 0m;

        void Sample()
        {
            // The heap as a collection leaves it: what is still referenced, the page being read included.
            var heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            peakHeap = Math.Max(peakHeap, heap);
        }

        if (client == "sdk")
        {
            using var sdk = new BelvoClient(new BelvoClientOptions { SecretId = "id", SecretPassword = "password", BaseAddress = server.BaseAddress });
            await foreach (var transaction in sdk.Transactions.ListAsync(new TransactionListOptions { Link = BenchmarkServer.LinkId }))
            {
                sum += transaction.Amount;
                if (++count % BenchmarkServer.PageSize == 0)
                {
                    Sample();
                }
            }
        }
        else
        {
            using var handWritten = new HandWrittenClient(server.BaseAddress);
            await foreach (var transaction in handWritten.ListTransactionsAsync(BenchmarkServer.LinkId))
            {
                sum += transaction.Amount;
                if (++count % BenchmarkServer.PageSize == 0)
                {
                    Sample();
                }
            }
        }

        if (count != total)
        {
            Console.Error.WriteLine($"{client}: read {count} transactions, expected {total}");
            return 1;
        }

        var workingSet = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"| {client} | {total:N0} | {peakHeap / 1048576.0:F1} | {workingSet / 1048576.0:F0} | {stopwatch.Elapsed.TotalSeconds:F2} |"));
        return 0;
    }
}
