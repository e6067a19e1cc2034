using System.Threading.Channels;
using Belvo.Sdk.Webhooks;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Processing;

/// <summary>The bounded in-memory queue between the endpoint (writers) and <see cref="WebhookProcessor"/> (readers).</summary>
internal sealed class WebhookQueue
{
    private readonly Channel<BelvoWebhook> channel;
    private readonly TimeProvider timeProvider;

    public WebhookQueue(IOptions<BelvoWebhookOptions> options, TimeProvider timeProvider)
    {
        channel = Channel.CreateBounded<BelvoWebhook>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
        this.timeProvider = timeProvider;
    }

    public ChannelReader<BelvoWebhook> Reader => channel.Reader;

    /// <summary>Queues a webhook, waiting up to <paramref name="timeout"/> for room.</summary>
    /// <returns><see langword="false"/> when the queue stayed full or was closed (the host is stopping).</returns>
    public async ValueTask<bool> TryEnqueueAsync(BelvoWebhook webhook, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (channel.Writer.TryWrite(webhook))
        {
            return true;
        }

        using var expiry = new CancellationTokenSource(timeout, timeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, cancellationToken);
        try
        {
            await channel.Writer.WriteAsync(webhook, wait.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>Accepts no more webhooks; readers finish with the ones already queued.</summary>
    public void Close() => channel.Writer.TryComplete();
}
