using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Tests.Diagnostics;

/// <summary>
/// Everything one test's calls record: the spans of its own trace (an <see cref="ActivityListener"/> that samples only
/// the trace under <see cref="StartRoot"/>), the measurements of its own meter factory (a <see cref="MeterListener"/>
/// that enables only the instruments of <see cref="MeterFactory"/>) and every log line at Trace level. Tests running in
/// parallel record into their own captures, never into this one.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    // Matched by name: a listener's callbacks can run while this static field is still being initialized.
    private const string TestSourceName = "Belvo.Sdk.Tests.Diagnostics";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly ServiceProvider _services;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();
    private ActivityTraceId _traceId;

    public TelemetryCapture()
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        MeterFactory = _services.GetRequiredService<IMeterFactory>();
        Logs = new CapturingLoggerProvider();
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));

        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BelvoTelemetry.ActivitySourceName or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Source.Name == TestSourceName || (_traceId != default && options.Parent.TraceId == _traceId)
                    ? ActivitySamplingResult.AllDataAndRecorded
                    : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _traceId && activity.Source.Name == BelvoTelemetry.ActivitySourceName)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, MeterFactory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    public IMeterFactory MeterFactory { get; }

    public ILoggerFactory LoggerFactory { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>Gets the SDK's spans of this test's trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    public IReadOnlyList<RecordedMeasurement> Measurements => [.. _measurements];

    /// <summary>Starts the test's root span: the SDK's spans under it (and only those) are captured.</summary>
    public Activity StartRoot()
    {
        var root = TestSource.StartActivity("test") ?? throw new InvalidOperationException("The test's listener did not sample its root span.");
        _traceId = root.TraceId;
        return root;
    }

    public IReadOnlyList<RecordedMeasurement> MeasurementsOf(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    public Activity Span(string name) => Assert.Single(_spans, s => s.DisplayName == name);

    public IReadOnlyList<Activity> ChildrenOf(Activity parent) => [.. _spans.Where(s => s.ParentSpanId == parent.SpanId).OrderBy(s => s.StartTimeUtc)];

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
        LoggerFactory.Dispose();
        _services.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }
}

/// <summary>One measurement: the instrument, its unit, the value and the tags.</summary>
public sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;

    public bool Has(params (string Name, object? Value)[] tags) => tags.All(t => Equals(Tag(t.Name), t.Value));
}

/// <summary>Captures every log line: its level, event id, rendered message and structured values.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

/// <summary>One log line.</summary>
public sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public override string ToString() => $"{Level} [{EventId}] {Message} | {string.Join(", ", Values)} {Exception}";
}
