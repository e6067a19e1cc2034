using Microsoft.Extensions.Time.Testing;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

/// <summary>Shortcuts to start emulators on a fixed fake clock, so dates in tests are known.</summary>
internal static class Emulators
{
    /// <summary>The instant every fake clock starts at: 15 May 2024, noon UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(2024, 5, 15, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Epoch);

    public static Task<BelvoEmulator> Start(FakeTimeProvider? clock = null, Action<BelvoEmulatorOptions>? configure = null)
    {
        var options = new BelvoEmulatorOptions { TimeProvider = clock ?? Clock() };
        configure?.Invoke(options);
        return BelvoEmulator.StartAsync(options);
    }
}
