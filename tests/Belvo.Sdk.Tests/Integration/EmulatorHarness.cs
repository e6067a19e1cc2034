using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>
/// A <see cref="BelvoEmulator"/> on a fake clock and <see cref="BelvoClient"/>s pointed at it, for tests that
/// drive the SDK's public API against the emulator. Nothing here sleeps: time moves only when a test advances
/// <see cref="Clock"/>.
/// </summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    /// <summary>The instant the emulator's clock starts at: 22 November 2026, noon UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly List<BelvoClient> _clients = [];

    private EmulatorHarness(BelvoEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
        Client = CreateClient();
    }

    public BelvoEmulator Emulator { get; }

    /// <summary>The emulator's clock: MFA lifetimes, "today" and timestamps.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>A client with retries off and the system clock (the emulator answers at once).</summary>
    public BelvoClient Client { get; }

    public static async Task<EmulatorHarness> StartAsync(Action<BelvoEmulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(Epoch);
        var options = new BelvoEmulatorOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return new EmulatorHarness(await BelvoEmulator.StartAsync(options), clock);
    }

    public BelvoClient CreateClient(Action<BelvoClientOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var options = new BelvoClientOptions
        {
            SecretId = Emulator.SecretId,
            SecretPassword = Emulator.SecretPassword,
            BaseAddress = Emulator.BaseAddress,
        };
        options.Retry.MaxRetries = 0;
        configure?.Invoke(options);
        var client = new BelvoClient(options, timeProvider: timeProvider);
        _clients.Add(client);
        return client;
    }

    /// <summary>Registers a link that needs no MFA.</summary>
    public Task<Link> RegisterAsync(
        string institution = "erebor_mx_retail",
        LinkAccessMode? accessMode = null,
        string username = EmulatorCredentials.ValidUsername) =>
        Client.Links.RegisterAsync(Registration(username, institution, accessMode));

    public static LinkRegisterRequest Registration(string username, string institution = "erebor_mx_retail", LinkAccessMode? accessMode = null) => new()
    {
        Institution = institution,
        Username = username,
        Password = EmulatorCredentials.ValidPassword,
        AccessMode = accessMode ?? LinkAccessMode.Single,
    };

    /// <summary>The requests the emulator received for one method and path, in order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        Emulator.Requests.Where(r => r.Method == method && r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Emulator.DisposeAsync();
    }
}
