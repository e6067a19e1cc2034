using System.Diagnostics.Metrics;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// The SDK's metrics, on a <see cref="Meter"/> named <see cref="BelvoTelemetry.MeterName"/>: the host's (from its
/// <see cref="IMeterFactory"/>, as <c>AddBelvoClient</c> does) or, without one, a meter shared by every client of the process.
/// </summary>
internal sealed class BelvoInstruments
{
    // Belvo calls that reach an institution take seconds to minutes: the buckets go further than OpenTelemetry's HTTP advice.
    private static readonly double[] DurationBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

    private static readonly Lazy<BelvoInstruments> Shared = new(
        () => new BelvoInstruments(new Meter(new MeterOptions(BelvoTelemetry.MeterName) { Version = BelvoHttpClientConfigurator.SdkVersion })));

    private BelvoInstruments(Meter meter)
    {
        Duration = meter.CreateHistogram(
            BelvoTelemetry.RequestDuration,
            "s",
            "Duration of Belvo calls, from sending the first attempt to reading the answer's body, retry waits included.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        Attempts = meter.CreateCounter<long>(BelvoTelemetry.Attempts, "{attempt}", "HTTP attempts sent to Belvo, retries included.");
        Retries = meter.CreateCounter<long>(BelvoTelemetry.Retries, "{retry}", "Attempts repeated by Belvo's retry policy, by reason.");
        Errors = meter.CreateCounter<long>(BelvoTelemetry.Errors, "{error}", "Belvo calls that failed, by status and Belvo error code.");
        MfaRounds = meter.CreateCounter<long>(BelvoTelemetry.MfaRounds, "{round}", "MFA challenges shown to the end user by the …WithMfaAsync helpers.");
    }

    public Histogram<double> Duration { get; }

    public Counter<long> Attempts { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Errors { get; }

    public Counter<long> MfaRounds { get; }

    /// <summary>Gets the instruments on the meter of <paramref name="meterFactory"/>, or the process-wide ones without a factory.</summary>
    public static BelvoInstruments For(IMeterFactory? meterFactory) => meterFactory is null
        ? Shared.Value
        : new BelvoInstruments(meterFactory.Create(new MeterOptions(BelvoTelemetry.MeterName) { Version = BelvoHttpClientConfigurator.SdkVersion }));
}
