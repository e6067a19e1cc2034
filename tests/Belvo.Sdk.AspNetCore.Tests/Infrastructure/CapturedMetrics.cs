using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Listens to the long counters of the "Belvo.Sdk" meter created by one app's <see cref="IMeterFactory"/>.</summary>
public sealed class CapturedMetrics : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, IReadOnlyDictionary<string, object?> Tags)> measurements = new();

    public CapturedMetrics(IMeterFactory scope)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BelvoWebhookTelemetry.MeterName && instrument.Meter.Scope == scope)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
    }

    public IReadOnlyList<(string Instrument, long Value, IReadOnlyDictionary<string, object?> Tags)> Of(string instrument) =>
        [.. measurements.Where(m => m.Instrument == instrument)];

    public long Sum(string instrument) => Of(instrument).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();
}
