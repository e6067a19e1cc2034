using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Processing;

/// <summary>
/// Drains <see cref="WebhookQueue"/> with <see cref="BelvoWebhookOptions.MaxConcurrentWebhooks"/> workers for
/// the host's lifetime. On shutdown it closes the queue and lets the workers finish what it holds until the
/// host's shutdown timeout runs out; then running handlers are cancelled and what is left is released
/// (logged, not handled).
/// </summary>
internal sealed class WebhookProcessor : IHostedService, IDisposable
{
    private readonly WebhookQueue queue;
    private readonly WebhookDispatcher dispatcher;
    private readonly int workerCount;
    private readonly CancellationTokenSource stopping = new();
    private Task workers = Task.CompletedTask;

    public WebhookProcessor(WebhookQueue queue, WebhookDispatcher dispatcher, IOptions<BelvoWebhookOptions> options)
    {
        this.queue = queue;
        this.dispatcher = dispatcher;
        workerCount = options.Value.MaxConcurrentWebhooks;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        workers = Task.WhenAll(Enumerable.Range(0, workerCount).Select(_ => Task.Run(WorkAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        try
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task WorkAsync()
    {
        await foreach (var webhook in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await dispatcher.DispatchAsync(webhook, stopping.Token).ConfigureAwait(false);
        }
    }
}
