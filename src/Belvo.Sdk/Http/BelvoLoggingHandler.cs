using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

#pragma warning disable CA1873 // Arguments are only evaluated after the IsEnabled(Debug) check above them.

/// <summary>Logs each attempt's operation, target, status and duration (see <see cref="BelvoLog"/> for what is never logged).</summary>
internal sealed class BelvoLoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            BelvoLog.Answered(logger, request.DescribeTarget(), (int)response.StatusCode, ElapsedMilliseconds(started));
            return response;
        }
        catch (Exception ex)
        {
            BelvoLog.Failed(logger, request.DescribeTarget(), ElapsedMilliseconds(started), ex.GetType().Name);
            throw;
        }
    }

    private long ElapsedMilliseconds(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
