using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

/// <summary>
/// Every log line the SDK writes. Lines name the method, path, status, Belvo error code and request_id;
/// never headers, bodies or credentials.
/// </summary>
internal static partial class BelvoLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Belvo {Target} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void Answered(ILogger logger, string target, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Belvo {Target} failed with {Failure}; retry {Retry} of {MaxRetries} in {Delay}")]
    public static partial void Retrying(ILogger logger, string target, string failure, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Belvo {Target} failed after {ElapsedMilliseconds} ms: {ExceptionType}")]
    public static partial void Failed(ILogger logger, string target, long elapsedMilliseconds, string exceptionType);
}
