using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Belvo.Sdk.Models;
using Belvo.Sdk.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// What one client records: its instruments, its logger (for the lines that are not about one attempt) and the server
/// every call goes to. A call is observed, and pays for a <see cref="CallTelemetry"/>, only while something listens.
/// </summary>
internal sealed class ClientTelemetry
{
    private const string LinkRegistration = "Links.Register";

    public ClientTelemetry(Uri baseAddress, IMeterFactory? meterFactory, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        Instruments = BelvoInstruments.For(meterFactory);
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(HandlerChain.LoggerCategory);
        ServerAddress = baseAddress.Host;
        ServerPort = BelvoDiagnostics.Box(baseAddress.Port);
    }

    public BelvoInstruments Instruments { get; }

    public ILogger Logger { get; }

    public string ServerAddress { get; }

    public object ServerPort { get; }

    /// <summary>Gets a value indicating whether anything listens to the SDK's spans or call metrics.</summary>
    public bool IsObserved =>
        BelvoDiagnostics.Source.HasListeners()
        || Instruments.Duration.Enabled
        || Instruments.Attempts.Enabled
        || Instruments.Retries.Enabled
        || Instruments.Errors.Enabled;

    /// <summary>Starts observing a call: its span (when sampled) and its clock; attaches the result to <paramref name="call"/>.</summary>
    /// <param name="call">The call.</param>
    /// <param name="institution">The institution a link registration names (<see cref="InstitutionOf{TState}"/>).</param>
    /// <param name="timeProvider">The client's clock.</param>
    /// <returns>The call's telemetry.</returns>
    public CallTelemetry StartCall(BelvoCall call, string? institution, TimeProvider timeProvider)
    {
        var operation = call.Operation;
        var activity = BelvoDiagnostics.Source.StartActivity(BelvoDiagnostics.SpanName(operation.Name), ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BelvoDiagnostics.Operation, operation.Name);
            activity.SetTag(BelvoDiagnostics.HttpMethod, operation.Method.Method);
            activity.SetTag(BelvoDiagnostics.UrlTemplate, operation.PathTemplate);
            activity.SetTag(BelvoDiagnostics.ServerAddress, ServerAddress);
            activity.SetTag(BelvoDiagnostics.ServerPort, ServerPort);
            if (institution is not null)
            {
                activity.SetTag(BelvoDiagnostics.Institution, institution);
            }

            if (MfaScope.Current is { ResumingRound: > 0 } mfa)
            {
                activity.SetTag(BelvoDiagnostics.MfaRound, BelvoDiagnostics.Box(mfa.ResumingRound));
            }
        }

        var telemetry = new CallTelemetry(this, operation, institution, activity, timeProvider, timeProvider.GetTimestamp());
        call.Telemetry = telemetry;
        return telemetry;
    }

    /// <summary>
    /// Gets the institution of a link registration from its typed request, which the generated client passes in the
    /// call's state; never from a serialized body. Other calls name none.
    /// </summary>
    /// <typeparam name="TState">The state the generated client passes to the request path.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="state">Its state.</param>
    /// <returns>The institution, or <see langword="null"/>.</returns>
    public static string? InstitutionOf<TState>(BelvoCall call, TState state)
    {
        if (call.Operation.Name != LinkRegistration || state is not ITuple tuple)
        {
            return null;
        }

        for (var index = 0; index < tuple.Length; index++)
        {
            if (tuple[index] is LinkRegisterRequest { Institution: { Length: > 0 } institution })
            {
                return institution;
            }
        }

        return null;
    }
}
