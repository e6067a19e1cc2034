using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Belvo.Sdk.Testing.Webhooks;

/// <summary>
/// Posts queued webhook payloads to the configured URL in the background, one at a time and in order, retrying a
/// non-2xx answer or a failed attempt with a linear back-off, and reports each finished delivery.
/// </summary>
internal sealed class WebhookSender : IAsyncDisposable
{
    private readonly BelvoEmulatorOptions options;
    private readonly EmulatorWebhooks observer;
    private readonly Channel<JsonObject> queue = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient http;
    private readonly Task loop;

    public WebhookSender(BelvoEmulatorOptions options, EmulatorWebhooks observer)
    {
        this.options = options;
        this.observer = observer;
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = options.WebhookTimeout };
        loop = options.WebhookUrl is null ? Task.CompletedTask : Task.Run(RunAsync);
    }

    public bool Enabled => options.WebhookUrl is not null;

    public void Enqueue(JsonObject payload)
    {
        if (Enabled)
        {
            queue.Writer.TryWrite(payload);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await stopping.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        http.Dispose();
        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var payload in queue.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                observer.Record(await DeliverAsync(payload).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The emulator is shutting down: undelivered webhooks are dropped.
        }
    }

    private async Task<WebhookDelivery> DeliverAsync(JsonObject payload)
    {
        int? status = null;
        var body = payload.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            status = await PostAsync(body).ConfigureAwait(false);
            if (status is >= 200 and < 300)
            {
                return new WebhookDelivery(payload, attempt, status, succeeded: true);
            }

            if (attempt == options.WebhookMaxAttempts)
            {
                return new WebhookDelivery(payload, attempt, status, succeeded: false);
            }

            await Task.Delay(options.WebhookRetryDelay * attempt, stopping.Token).ConfigureAwait(false);
        }
    }

    private async Task<int?> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.WebhookUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (options.WebhookAuthorization is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        try
        {
            using var response = await http.SendAsync(request, stopping.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!stopping.IsCancellationRequested)
        {
            return null;
        }
    }
}
