using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Belvo.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RecurrentLinks;

/// <summary>
/// A webhook endpoint on 127.0.0.1 (an ephemeral port): checks the Authorization header in constant time,
/// reads the body with <see cref="BelvoWebhook"/>, answers 200 at once, and hands each webhook over once
/// (Belvo retries unacknowledged webhooks, so duplicates are dropped by webhook_id).
/// </summary>
public sealed class LocalWebhookReceiver : IAsyncDisposable
{
    private const string Path = "/belvo/webhooks";

    private readonly WebApplication app;
    private readonly Channel<BelvoWebhook> received = Channel.CreateUnbounded<BelvoWebhook>();
    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);

    private LocalWebhookReceiver(WebApplication app, string authorization)
    {
        this.app = app;
        Authorization = authorization;
    }

    /// <summary>Gets the URL to give Belvo (here, the emulator).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Gets the Authorization value Belvo must send: a random bearer token made for this run.</summary>
    public string Authorization { get; }

    public static async Task<LocalWebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var authorization = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var check = new WebhookAuthorization(authorization);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var receiver = new LocalWebhookReceiver(app, authorization);
        app.UseRouting();
        app.MapPost(Path, context => receiver.ReceiveAsync(context, check));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), Path);
        return receiver;
    }

    /// <summary>Waits for the next webhook not seen before.</summary>
    public async Task<BelvoWebhook> NextAsync(CancellationToken cancellationToken) =>
        await received.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context, WebhookAuthorization check)
    {
        if (!check.IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        BelvoWebhook webhook;
        try
        {
            webhook = await BelvoWebhook.ParseAsync(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (seen.TryAdd(webhook.WebhookId, true))
        {
            received.Writer.TryWrite(webhook);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
