using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

/// <summary>The lines of the <c>…WithMfaAsync</c> helpers' rounds: event ids 10–12. They name the flow, the round and the challenge's kind; never the challenge's value or the token.</summary>
internal static partial class BelvoLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Belvo {Flow}: MFA round {Round}, the institution asks for a {ChallengeType} token (restarts {Restarts}, previous token rejected: {TokenRejected})")]
    public static partial void MfaChallenge(ILogger logger, string flow, int round, string? challengeType, int restarts, bool tokenRejected);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Belvo {Flow}: resuming MFA round {Round}")]
    public static partial void MfaResumed(ILogger logger, string flow, int round);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Belvo {Flow}: the MFA session ended ({ErrorCode}); starting the call again, restart {Restart} of {MaxRestarts}")]
    public static partial void MfaRestarted(ILogger logger, string flow, string? errorCode, int restart, int maxRestarts);
}
