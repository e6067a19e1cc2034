using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// What traces and metrics cost one small call (<c>Links.GetAsync</c> over an in-memory transport): with nothing
/// listening (the plain path every application without OpenTelemetry takes), and with an <see cref="ActivityListener"/>
/// recording every span and a <see cref="MeterListener"/> taking every measurement.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private BelvoClient _client = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"id":"{{LinkId}}","institution":"erebor_mx_retail","access_mode":"single","status":"valid"}""");
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "password" };
        _client = new BelvoClient(options, new BelvoPipelineOptions { Transport = new InMemoryTransport(body) });
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BelvoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BelvoTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
        _client.Dispose();
    }

    [Benchmark]
    public async Task<Guid> GetLink() => (await _client.Links.GetAsync(LinkId)).Id;

    private sealed class InMemoryTransport(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
