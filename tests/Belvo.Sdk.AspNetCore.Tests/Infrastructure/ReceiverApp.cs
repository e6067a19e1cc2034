using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An ASP.NET Core app with <c>MapBelvoWebhooks("/belvo/webhooks")</c> on a real Kestrel socket at
/// 127.0.0.1 (a free port), its logs and its metrics captured.
/// </summary>
public sealed class ReceiverApp : IAsyncDisposable
{
    public const string Authorization = "Bearer webhook-s3cr3t-value";
    public const string Path = "/belvo/webhooks";

    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private ReceiverApp(WebApplication app, CapturedLogs logs, Uri url)
    {
        App = app;
        Logs = logs;
        Url = url;
        Metrics = new CapturedMetrics(app.Services.GetRequiredService<IMeterFactory>());
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public CapturedLogs Logs { get; }

    public CapturedMetrics Metrics { get; }

    public Uri Url { get; }

    public static async Task<ReceiverApp> StartAsync(
        HandledWebhooks handled,
        Action<BelvoWebhooksBuilder>? handlers = null,
        Action<BelvoWebhookOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(handled);
        var webhooks = builder.Services.AddBelvoWebhooks(o =>
        {
            o.Authorization = Authorization;
            o.RetryDelay = TimeSpan.Zero;
            options?.Invoke(o);
        });
        handlers?.Invoke(webhooks);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBelvoWebhooks(Path);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ReceiverApp(app, logs, new Uri(new Uri(address), Path));
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization = Authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Waits (bounded) until the endpoint has logged an event at least <paramref name="count"/> times.</summary>
    public Task WaitForLogAsync(int eventId, int count = 1) =>
        Eventually.HoldsAsync(() => Logs.Belvo.Count(l => l.Event.Id == eventId) >= count);

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
