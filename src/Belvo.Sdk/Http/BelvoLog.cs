using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

/// <summary>
/// Every log line the SDK writes. Lines name the operation, method, path, status, attempt, Belvo error code and
/// request_id; never headers, bodies or credentials. Event ids: 1–3 attempts and retries (here), 10–12 MFA rounds
/// (<c>Diagnostics/BelvoLog.Mfa.cs</c>).
/// </summary>
internal static partial class BelvoLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Belvo {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms ({Operation}, attempt {Attempt}, request_id {RequestId})")]
    public static partial void Answered(ILogger logger, string method, string? path, int statusCode, long elapsedMilliseconds, string? operation, int attempt, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Belvo {Method} {Path} failed with {Failure}; retry {Retry} of {MaxRetries} in {Delay} ({Operation})")]
    public static partial void Retrying(ILogger logger, string method, string? path, string failure, int retry, int maxRetries, TimeSpan delay, string? operation);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Belvo {Method} {Path} failed after {ElapsedMilliseconds} ms: {ExceptionType} ({Operation}, attempt {Attempt})")]
    public static partial void Failed(ILogger logger, string method, string? path, long elapsedMilliseconds, string exceptionType, string? operation, int attempt);
}
