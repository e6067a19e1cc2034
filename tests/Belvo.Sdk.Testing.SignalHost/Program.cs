// Starts a Belvo emulator and waits, the way a user's tool or test host does; the signal tests run it as a separate
// process and send it SIGINT or SIGTERM. Modes:
//   plain  the program has no signal handling of its own: the signal must end it as it would end it without the
//          emulator (the runtime's default action).
//   host   a generic host owns the signals (ConsoleLifetime): the host shuts down, the emulator still answers the
//          program's last calls, and disposing it stops it; the program exits 0.
// It prints "listening <address>" once the emulator serves (and the host runs), then one line per step.
using System.Runtime.InteropServices;
using Belvo.Sdk.Testing;
using Microsoft.Extensions.Hosting;

var mode = args.Length > 0 ? args[0] : "plain";

// A program started in the background by a non-interactive shell inherits SIGINT ignored, and the runtime keeps it
// ignored. The tests want what a program started from a terminal sees, so put back the default before anything
// in the runtime looks at the signal.
if (args.Contains("--default-sigint"))
{
    _ = Native.signal(2, 0);
}

await using var emulator = await BelvoEmulator.StartAsync();

if (mode == "host")
{
    using var host = Host.CreateApplicationBuilder().Build();
    await host.StartAsync();
    Console.WriteLine($"listening {emulator.BaseAddress}");
    await host.WaitForShutdownAsync();
    Console.WriteLine("host stopped");
    using var http = emulator.CreateClient();
    using var response = await http.GetAsync(new Uri("/api/", UriKind.Relative));
    Console.WriteLine($"emulator answered {(int)response.StatusCode} after the host stopped");
    await emulator.DisposeAsync();
    Console.WriteLine("emulator stopped");
    return 0;
}

Console.WriteLine($"listening {emulator.BaseAddress}");
await Task.Delay(Timeout.Infinite);
return 1;

internal static partial class Native
{
    [LibraryImport("libc")]
    internal static partial nint signal(int signum, nint handler);
}
