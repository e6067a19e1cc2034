using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

/// <summary>
/// A process that started an emulator must still stop on SIGINT and SIGTERM: these tests run the
/// Belvo.Sdk.Testing.SignalHost program as a separate process, send it a real signal with libc's kill(2), and check
/// that it exits in seconds with the expected code and that the emulator's port is free again. (Linux and macOS:
/// the signals are POSIX ones.)
/// </summary>
public sealed partial class SignalTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_program_without_signal_handling_ends_on_the_signal_as_it_would_without_the_emulator(int signal)
    {
        await using var child = await SignalHost.StartAsync("plain");

        var elapsed = await child.SignalAndWaitAsync(signal);

        // No handler cancels the signal, so the runtime's default action ends the process: exit code 128 + signal
        // (130, 143), what any .NET program reports when Ctrl+C or a TERM ends it.
        Assert.True(elapsed < ExitDeadline, $"exited after {elapsed}; output:\n{child.Output}");
        Assert.Equal(128 + signal, child.ExitCode);
        Assert.DoesNotContain("Unhandled exception", child.Output, StringComparison.Ordinal);
        Ports.AssertFree(child.Port);
    }

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_generic_host_that_owns_the_signals_shuts_down_and_disposing_the_emulator_stops_it(int signal)
    {
        await using var child = await SignalHost.StartAsync("host");

        var elapsed = await child.SignalAndWaitAsync(signal);

        Assert.True(elapsed < ExitDeadline, $"exited after {elapsed}; output:\n{child.Output}");
        Assert.True(child.ExitCode == 0, $"exit code {child.ExitCode}; output:\n{child.Output}");
        // The host, not the emulator, decides what the signal means: the program's own last calls still reach the
        // emulator after the host stopped, and the emulator stops when the program disposes it.
        Assert.Contains("host stopped", child.Output, StringComparison.Ordinal);
        Assert.Contains("emulator answered 200 after the host stopped", child.Output, StringComparison.Ordinal);
        Assert.Contains("emulator stopped", child.Output, StringComparison.Ordinal);
        Ports.AssertFree(child.Port);
    }

    [Fact]
    public async Task Disposing_the_emulator_frees_its_port()
    {
        var emulator = await BelvoEmulator.StartAsync();
        var port = emulator.BaseAddress.Port;

        await emulator.DisposeAsync();

        Ports.AssertFree(port);
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(emulator.BaseAddress, "/api/")));
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    /// <summary>The SignalHost program running as a child process, with its output collected.</summary>
    private sealed class SignalHost : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private readonly TaskCompletionSource<int> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private SignalHost(Process process) => this.process = process;

        public int Port { get; private set; }

        public int ExitCode => process.ExitCode;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static async Task<SignalHost> StartAsync(string mode)
        {
            var program = Path.Combine(AppContext.BaseDirectory, "Belvo.Sdk.Testing.SignalHost.dll");
            Assert.True(File.Exists(program), $"{program} is missing: the test project references the SignalHost project.");
            var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(program);
            info.ArgumentList.Add(mode);
            info.ArgumentList.Add("--default-sigint");
            var host = new SignalHost(new Process { StartInfo = info });
            host.process.OutputDataReceived += (_, e) => host.Collect(e.Data);
            host.process.ErrorDataReceived += (_, e) => host.Collect(e.Data);
            host.process.Start();
            host.process.BeginOutputReadLine();
            host.process.BeginErrorReadLine();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            host.Port = await host.listening.Task.WaitAsync(timeout.Token);
            return host;
        }

        /// <summary>Sends the signal and waits for the process to exit (at most 15 s); returns how long it took.</summary>
        public async Task<TimeSpan> SignalAndWaitAsync(int signal)
        {
            var clock = Stopwatch.StartNew();
            Assert.True(kill(process.Id, signal) == 0, $"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"the process ignored signal {signal} for 15 s; output:\n{Output}");
            }

            return clock.Elapsed;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            const string Prefix = "listening ";
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(new Uri(line[Prefix.Length..]).Port);
            }
        }
    }
}
