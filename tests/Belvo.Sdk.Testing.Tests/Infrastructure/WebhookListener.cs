using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

/// <summary>A tiny webhook receiver on 127.0.0.1 that records what it gets and answers with queued status codes (then 200).</summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> statuses;
    private readonly ConcurrentQueue<(JsonObject Body, string? Authorization)> received = new();
    private WebApplication? app;

    private WebhookListener(IEnumerable<int> statuses) => this.statuses = new ConcurrentQueue<int>(statuses);

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(JsonObject Body, string? Authorization)> Received => [.. received];

    public static async Task<WebhookListener> StartAsync(params int[] statuses)
    {
        var listener = new WebhookListener(statuses);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        listener.app = builder.Build();
        listener.app.Run(listener.HandleAsync);
        await listener.app.StartAsync();
        var address = listener.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = new Uri(address + "/hooks");
        return listener;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
        received.Enqueue((body, context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null));
        context.Response.StatusCode = statuses.TryDequeue(out var status) ? status : 200;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
