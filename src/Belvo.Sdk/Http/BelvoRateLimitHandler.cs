using System.Globalization;
using System.Threading.RateLimiting;
using Belvo.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

#pragma warning disable CA1873 // The elapsed time is only computed after the IsEnabled(Debug) check above it.

/// <summary>
/// Takes a permit from the client's rate limiter (<see cref="BelvoPipelineOptions.RateLimiter"/>) before each attempt,
/// retries included, since each one counts against Belvo's limits. A limiter that queues is waited on (logged once the
/// wait passes <see cref="QueueNoticeDelay"/>); one that refuses naming a <c>RETRY_AFTER</c> (as distributed limiters
/// do) is asked again after that wait, on the client's clock (logged before it starts). Both waits end at once with the
/// caller's cancellation; a refusal that names no wait is asked again after <see cref="PollInterval"/>. A limiter that
/// fails (its store is down) fails the call with a <see cref="BelvoException"/>, with nothing sent. The wait is outside
/// the attempt's timeout, which bounds Belvo's answer only.
/// </summary>
internal sealed class BelvoRateLimitHandler(PartitionedRateLimiter<HttpRequestMessage> limiter, TimeProvider timeProvider, ILogger logger) : DelegatingHandler
{
    /// <summary>How long a call waits in a limiter's queue before the wait is logged (a distributed limiter's round trip is not a wait).</summary>
    public static readonly TimeSpan QueueNoticeDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait before asking again a limiter that refused without naming a wait.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The shortest wait before asking again: limiters that name whole seconds say 0 for "under a second".</summary>
    public static readonly TimeSpan MinimumRetryAfter = TimeSpan.FromMilliseconds(100);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await AcquireAsync(request, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a refusal's wait, whether the limiter names it as a <see cref="TimeSpan"/> or as seconds.</summary>
    internal static TimeSpan? RetryAfterOf(RateLimitLease lease)
    {
        if (!lease.TryGetMetadata(MetadataName.RetryAfter.Name, out var value))
        {
            return null;
        }

        return value switch
        {
            TimeSpan wait => wait,
            int or long or double or float or decimal => TimeSpan.FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
            _ => null,
        };
    }

    private async ValueTask<RateLimitLease> AcquireAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        string? target = null;
        var waited = false;
        while (true)
        {
            RateLimitLease lease;
            try
            {
                var pending = limiter.AcquireAsync(request, 1, cancellationToken);
                if (pending.IsCompleted)
                {
                    lease = pending.Result;
                }
                else
                {
                    target ??= request.DescribeTarget();
                    var describedTarget = target;
                    using var notice = timeProvider.CreateTimer(_ => BelvoRateLimitLog.Queued(logger, describedTarget), null, QueueNoticeDelay, Timeout.InfiniteTimeSpan);
                    lease = await pending.ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A limiter that cannot answer (its store is down, it was disposed) cannot vouch for the budget: send nothing.
                target ??= request.DescribeTarget();
                BelvoRateLimitLog.Failed(logger, target, ex.GetType().Name);
                throw new BelvoException(
                    $"The client's rate limiter failed to give a permit for {target}, so nothing was sent: {ex.GetType().Name}: {ex.Message}",
                    ex);
            }

            if (lease.IsAcquired)
            {
                if ((waited || timeProvider.GetElapsedTime(started) >= QueueNoticeDelay) && logger.IsEnabled(LogLevel.Debug))
                {
                    BelvoRateLimitLog.Acquired(logger, target ?? request.DescribeTarget(), (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
                }

                return lease;
            }

            // A limiter that names no wait (one without a queue, or a distributed one) is asked again a little later.
            var wait = RetryAfterOf(lease) ?? PollInterval;
            lease.Dispose();
            target ??= request.DescribeTarget();
            wait = wait < MinimumRetryAfter ? MinimumRetryAfter : wait;
            BelvoRateLimitLog.Waiting(logger, target, wait);
            waited = true;
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
