using Microsoft.Extensions.Hosting;

namespace Belvo.Sdk.Testing.Hosting;

/// <summary>
/// The lifetime of the emulator's internal host: it does nothing. The default one (<c>ConsoleLifetime</c>) takes
/// over SIGINT, SIGQUIT and SIGTERM for the whole process and cancels them to stop its host; but nothing waits on
/// the emulator's host, so the process kept serving until SIGKILL. The emulator is a guest in someone else's
/// process: the signals belong to that process (its own handlers, its own host, or the runtime's default, which
/// ends it), and the emulator stops when it is disposed or the process exits (see <see cref="BelvoEmulator"/>).
/// </summary>
internal sealed class EmulatorHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
