// WebhookReceiver: receive Belvo's webhooks in ASP.NET Core with Belvo.Sdk.AspNetCore. AddBelvoWebhooks
// registers typed handlers, MapBelvoWebhooks maps the endpoint (Authorization checked in constant time, each
// webhook handled once, handlers run in the background).
//
// With nothing configured it starts the Belvo emulator, registers a recurrent link whose historical_update
// webhooks the emulator posts to this app's own endpoint, prints the typed events, re-delivers one to show it is
// not handled twice, and exits. With BELVO_WEBHOOK_AUTHORIZATION set (the value entered in Belvo's dashboard) it
// is a plain receiver on ASPNETCORE_URLS until Ctrl+C; ConnectionStrings__Redis shares de-duplication with a fleet.
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Belvo.Samples;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WebhookReceiver;

const string Path = "/belvo/webhooks";
var configuredAuthorization = Environment.GetEnvironmentVariable("BELVO_WEBHOOK_AUTHORIZATION");
var authorization = configuredAuthorization ?? "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

var builder = WebApplication.CreateSlimBuilder(args);
if (configuredAuthorization is null)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
}

builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true)
    .SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Belvo.Sdk.AspNetCore", configuredAuthorization is null ? LogLevel.Warning : LogLevel.Information);
builder.Services.AddSingleton<ReceivedWebhooks>();
var webhooks = builder.Services
    .AddBelvoWebhooks(options => options.Authorization = authorization)
    .AddHandler<AccountsHistoricalUpdate, HistoryPrinter>()
    .AddHandler<TransactionsHistoricalUpdate, HistoryPrinter>()
    .AddHandler<OwnersHistoricalUpdate, HistoryPrinter>()
    .AddHandler<BelvoWebhook, EveryWebhook>();
if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
{
    builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis);
    webhooks.UseDistributedCache();
}

await using var app = builder.Build();
app.MapBelvoWebhooks(Path);

if (configuredAuthorization is not null)
{
    await app.StartAsync();
    Console.WriteLine($"Receiving Belvo webhooks at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + Path))}; Ctrl+C to stop.");
    await app.WaitForShutdownAsync();
    return 0;
}

await app.StartAsync();
var url = new Uri(new Uri(app.Urls.First()), Path);
try
{
    return await SampleRunner.RunAsync(
        async (session, cancellationToken) =>
        {
            if (session.Emulator is not { } emulator)
            {
                Console.WriteLine();
                Console.WriteLine("Belvo posts webhooks to the URL set for your keys in its dashboard, which must be public, not to this");
                Console.WriteLine("process. Run this sample with BELVO_WEBHOOK_AUTHORIZATION (the dashboard's Authorization value) and");
                Console.WriteLine("ASPNETCORE_URLS behind that URL to receive them; unset the BELVO_* keys to see it work with the emulator.");
                return;
            }

            var received = app.Services.GetRequiredService<ReceivedWebhooks>();
            var linkId = await session.RegisterLinkAsync(
                "erebor_mx_retail", EmulatorCredentials.ValidUsername, apiUsername: "bnk100", apiPassword: "full", LinkAccessMode.Recurrent, cancellationToken);
            try
            {
                Console.WriteLine();
                Console.WriteLine($"Waiting for the historical_update webhooks on {url}:");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                try
                {
                    await received.WaitForHistoryAsync(linkId, timeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"Only {received.Count} webhook(s) arrived within 30 s; expected the ACCOUNTS, TRANSACTIONS and OWNERS historical updates.");
                }

                // Belvo retries a webhook it thinks was not acknowledged: the same webhook_id again.
                var first = emulator.Webhooks.Deliveries[0];
                var before = received.Count;
                var status = await RedeliverAsync(url, authorization, first.Payload, cancellationToken);
                Console.WriteLine();
                Console.WriteLine($"Delivered webhook {first.WebhookId} ({first.WebhookType}) a second time: answered {(int)status} {status}, handlers not run again.");
                SampleRunner.Check(status == HttpStatusCode.OK, $"A second delivery should be answered 200 as already processed, not {(int)status}.");
                SampleRunner.Check(received.Count == before, "A second delivery reached the handlers.");
            }
            finally
            {
                await session.DeleteLinkAsync(linkId);
            }
        },
        emulator =>
        {
            emulator.WebhookUrl = url;
            emulator.WebhookAuthorization = authorization;
        });
}
finally
{
    await app.StopAsync();
}

// Posts like Belvo does, including its retry of a 409 (the first delivery's outcome is being recorded).
static async Task<HttpStatusCode> RedeliverAsync(Uri url, string authorization, string payload, CancellationToken cancellationToken)
{
    using var http = new HttpClient();
    for (var attempt = 1; ; attempt++)
    {
        var status = await PostAsync(http, url, authorization, payload, cancellationToken);
        if (status != HttpStatusCode.Conflict || attempt == 10)
        {
            return status;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
    }
}

static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri url, string authorization, string payload, CancellationToken cancellationToken)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url)
    {
        Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };
    request.Headers.TryAddWithoutValidation("Authorization", authorization);
    using var response = await http.SendAsync(request, cancellationToken);
    return response.StatusCode;
}
