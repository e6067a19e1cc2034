using System.Net.Http.Headers;
using Belvo.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Belvo.Sdk.Testing;

/// <summary>
/// An in-process emulator of the Belvo API: a real HTTP server on 127.0.0.1 that answers like Belvo's sandbox, with
/// Basic auth, Belvo-shaped errors, pagination and filters, MFA flows, deterministic data, fault injection and
/// webhooks. Start it with <see cref="StartAsync"/> and dispose it to stop the server. It never touches the internet.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await BelvoEmulator.StartAsync(new BelvoEmulatorOptions { Seed = 7 });
/// using var http = emulator.CreateClient();
/// var institutions = await http.GetStringAsync("/api/institutions/");
/// </code>
/// </example>
public sealed class BelvoEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatorContext context;
    private readonly RequestLog log;
    private int disposed;

    private BelvoEmulator(WebApplication app, EmulatorContext context, RequestLog log)
    {
        this.app = app;
        this.context = context;
        this.log = log;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:&lt;port&gt;/</c>; API paths start with <c>/api/</c>.</summary>
    public Uri BaseAddress => context.BaseAddress;

    /// <summary>The Secret Key ID the emulator accepts (Basic auth user name).</summary>
    public string SecretId => context.Options.SecretId;

    /// <summary>The Secret Key password the emulator accepts (Basic auth password).</summary>
    public string SecretPassword => context.Options.SecretPassword;

    /// <summary>The emulator's data: links and everything retrieved for them.</summary>
    public EmulatorStore Store => context.Store;

    /// <summary>Fault injection: failing requests, latency, institutions down.</summary>
    public EmulatorFaults Faults => context.Faults;

    /// <summary>The webhooks sent to <see cref="BelvoEmulatorOptions.WebhookUrl"/>.</summary>
    public EmulatorWebhooks Webhooks => context.Webhooks;

    /// <summary>A copy of the requests received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => log.Snapshot();

    /// <summary>Starts an emulator and waits until it accepts connections.</summary>
    /// <param name="options">Settings; null uses the defaults. The emulator keeps a copy, so later changes have no effect.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<BelvoEmulator> StartAsync(BelvoEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = (options ?? new BelvoEmulatorOptions()).Copy();
        settings.Validate();
        var context = new EmulatorContext(settings);
        var log = new RequestLog();
        var pipeline = new RequestPipeline(context, Routes.Build(context), log);
        try
        {
            var (app, address) = await EmulatorServer.StartAsync(settings.Port, pipeline, cancellationToken).ConfigureAwait(false);
            context.BaseAddress = address;
            return new BelvoEmulator(app, context, log);
        }
        catch
        {
            await context.Sender.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An <see cref="HttpClient"/> whose base address is the emulator and that sends the emulator's keys with Basic auth.</summary>
    /// <returns>A new client; the caller disposes it.</returns>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = AuthorizationHeader();
        return client;
    }

    /// <summary>The Basic <c>Authorization</c> header for the emulator's keys.</summary>
    /// <returns>A new header value.</returns>
    public AuthenticationHeaderValue AuthorizationHeader() =>
        AuthenticationHeaderValue.Parse(BasicAuthentication.HeaderValue(SecretId, SecretPassword));

    /// <summary>Forgets the requests recorded so far.</summary>
    public void ClearRequests() => log.Clear();

    /// <summary>Stops the server and the webhook sender. Webhooks not yet delivered are dropped.</summary>
    /// <returns>A task that completes when everything has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        await context.Sender.DisposeAsync().ConfigureAwait(false);
    }
}
