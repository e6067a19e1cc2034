using System.Diagnostics;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// One run of the <c>…WithMfaAsync</c> helpers, as traces, metrics and logs see it: a span for the whole flow (for
/// example <c>Belvo Links.RegisterWithMfa</c>, parent of its calls' spans) with an event per challenge, resume and
/// restart; the <c>belvo.client.mfa.rounds</c> counter; and the MFA log lines. The flow is current (an
/// <see cref="AsyncLocal{T}"/>) while it runs, so its calls tag their spans with the round they answer, and the first
/// call lends the flow its client's logger and meter. Nothing here ever holds the challenge's value or the token.
/// </summary>
internal sealed class MfaScope : IDisposable
{
    private static readonly AsyncLocal<MfaScope?> CurrentScope = new();

    private readonly MfaScope? _previous;
    private int _rounds;

    private MfaScope(string flow)
    {
        Flow = flow;
        Activity = BelvoDiagnostics.Source.StartActivity(BelvoDiagnostics.SpanName(flow), ActivityKind.Internal);
        Activity?.SetTag(BelvoDiagnostics.Operation, flow);
        _previous = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    /// <summary>Gets the flow running in this asynchronous context, if any.</summary>
    public static MfaScope? Current => CurrentScope.Value;

    /// <summary>Gets the flow's name, for example <c>Links.RegisterWithMfa</c>.</summary>
    public string Flow { get; }

    /// <summary>Gets the flow's span, or <see langword="null"/> when it is not sampled.</summary>
    public Activity? Activity { get; }

    /// <summary>Gets the round the call being sent answers (a resume), or 0 for the call that starts the flow.</summary>
    public int ResumingRound { get; private set; }

    /// <summary>Gets the client the flow's calls go through, once the first one was sent.</summary>
    public ClientTelemetry? Client { get; private set; }

    /// <summary>Starts the telemetry of a flow; dispose it when the flow ends.</summary>
    public static MfaScope Start(string flow) => new(flow);

    /// <summary>Gets the flow name of <c>RetrieveWithMfaAsync</c> on a resource: <c>Accounts.RetrieveWithMfa</c> for the accounts client.</summary>
    public static string RetrieveFlowName(object resource)
    {
        var name = resource.GetType().Name;
        return (name.EndsWith("Client", StringComparison.Ordinal) && name.Length > "Client".Length ? name[..^"Client".Length] : name) + ".RetrieveWithMfa";
    }

    /// <summary>Lends the flow the client of the call being sent, for its log lines and counter.</summary>
    public void Attach(ClientTelemetry client) => Client ??= client;

    /// <summary>Reports a challenge about to be shown to the end user.</summary>
    public void Challenge(MfaChallenge challenge)
    {
        _rounds = challenge.Round;
        var tokenRejected = challenge.PreviousRejection is not null;
        if (Activity is { IsAllDataRequested: true } activity)
        {
            var tags = new ActivityTagsCollection
            {
                { BelvoDiagnostics.MfaRound, BelvoDiagnostics.Box(challenge.Round) },
                { BelvoDiagnostics.MfaRestarts, BelvoDiagnostics.Box(challenge.Restarts) },
                { BelvoDiagnostics.MfaTokenRejected, tokenRejected },
            };
            if (challenge.Type is { } type)
            {
                tags.Add(BelvoDiagnostics.MfaType, type);
            }

            activity.AddEvent(new ActivityEvent(BelvoDiagnostics.MfaChallengeEvent, tags: tags));
        }

        if (Client is not { } client)
        {
            return;
        }

        BelvoLog.MfaChallenge(client.Logger, Flow, challenge.Round, challenge.Type, challenge.Restarts, tokenRejected);
        var counter = client.Instruments.MfaRounds;
        if (counter.Enabled)
        {
            var tags = new TagList { { BelvoDiagnostics.Operation, Flow } };
            if (challenge.Type is { } type)
            {
                tags.Add(BelvoDiagnostics.MfaType, type);
            }

            counter.Add(1, tags);
        }
    }

    /// <summary>Reports that the flow resumes with the end user's answer to round <paramref name="round"/>.</summary>
    public void Resuming(int round)
    {
        ResumingRound = round;
        Activity?.AddEvent(new ActivityEvent(BelvoDiagnostics.MfaResumedEvent, tags: new ActivityTagsCollection { { BelvoDiagnostics.MfaRound, BelvoDiagnostics.Box(round) } }));
        if (Client is { } client)
        {
            BelvoLog.MfaResumed(client.Logger, Flow, round);
        }
    }

    /// <summary>Reports that the MFA session ended and the flow starts its call again.</summary>
    public void Restarting(int restart, int maxRestarts, BelvoException expired)
    {
        ResumingRound = 0;
        var errorCode = expired.ErrorCode;
        if (Activity is { IsAllDataRequested: true } activity)
        {
            var tags = new ActivityTagsCollection { { BelvoDiagnostics.MfaRestarts, BelvoDiagnostics.Box(restart) } };
            if (errorCode is not null)
            {
                tags.Add(BelvoDiagnostics.ErrorCode, errorCode);
            }

            activity.AddEvent(new ActivityEvent(BelvoDiagnostics.MfaRestartedEvent, tags: tags));
        }

        if (Client is { } client)
        {
            BelvoLog.MfaRestarted(client.Logger, Flow, errorCode, restart, maxRestarts);
        }
    }

    /// <summary>Marks the flow failed.</summary>
    public void Failed(Exception exception)
    {
        if (Activity is { IsAllDataRequested: true } activity)
        {
            BelvoDiagnostics.SetFailed(activity, exception, BelvoDiagnostics.ErrorTypeOf(exception));
            if ((exception as BelvoException)?.ErrorCode is { } code)
            {
                activity.SetTag(BelvoDiagnostics.ErrorCode, code);
            }
        }
    }

    /// <summary>Ends the flow's span, with the rounds it took.</summary>
    public void Dispose()
    {
        if (Activity is { } activity)
        {
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(BelvoDiagnostics.MfaRound, BelvoDiagnostics.Box(_rounds));
            }

            activity.Dispose();
        }

        CurrentScope.Value = _previous;
    }
}
