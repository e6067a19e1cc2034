using System.Diagnostics;
using System.Globalization;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// (e) The first call of a new process: starts the benchmark server here, then runs each command (a published
/// <c>benchmarks/Belvo.Sdk.ColdStart</c>, given as <c>label=command</c>) <c>runs</c> times, interleaved, passing the
/// server's address, and reports the wall time from process start to exit (one call each) as median and minimum.
/// </summary>
internal static class StartupHarness
{
    public static async Task<int> RunAsync(int runs, string[] commands)
    {
        await using var server = await BenchmarkServer.StartAsync();
        var jobs = commands.Select(command => command.Split('=', 2)).Select(parts => (Label: parts[0], Command: parts[1].Split(' '))).ToArray();
        var times = jobs.Select(_ => new List<double>()).ToArray();

        // One run each first, not counted: the files are in the page cache for every counted run.
        for (var round = -1; round < runs; round++)
        {
            for (var index = 0; index < jobs.Length; index++)
            {
                var start = new ProcessStartInfo(jobs[index].Command[0]) { RedirectStandardOutput = true };
                foreach (var argument in jobs[index].Command.Skip(1))
                {
                    start.ArgumentList.Add(argument);
                }

                start.ArgumentList.Add(server.BaseAddress.ToString());
                var stopwatch = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                stopwatch.Stop();
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine($"{jobs[index].Label} failed ({process.ExitCode}): {output}");
                    return 1;
                }

                if (round >= 0)
                {
                    times[index].Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var first = Median(times[0]);
        Console.WriteLine($"| job | median (ms) | min (ms) | ratio to {jobs[0].Label} |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var index = 0; index < jobs.Length; index++)
        {
            var median = Median(times[index]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {jobs[index].Label} | {median:F0} | {times[index].Min():F0} | {median / first:F2} |"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
