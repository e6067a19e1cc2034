using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

/// <summary>The log lines of the client's rate limiter (event ids 20–29): who waits, how long, and for what.</summary>
internal static partial class BelvoRateLimitLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Belvo {Target} waits for a rate-limit permit")]
    public static partial void Queued(ILogger logger, string target);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Belvo {Target} waits {Delay} for a rate-limit permit")]
    public static partial void Waiting(ILogger logger, string target, TimeSpan delay);

    [LoggerMessage(EventId = 22, Level = LogLevel.Debug, Message = "Belvo {Target} got its rate-limit permit after {ElapsedMilliseconds} ms")]
    public static partial void Acquired(ILogger logger, string target, long elapsedMilliseconds);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Belvo {Target} got no rate-limit permit: the limiter failed with {ExceptionType}; nothing was sent")]
    public static partial void Failed(ILogger logger, string target, string exceptionType);
}
