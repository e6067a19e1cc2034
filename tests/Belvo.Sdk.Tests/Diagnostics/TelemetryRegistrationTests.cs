using System.Diagnostics.Metrics;
using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Belvo.Sdk.Tests.Diagnostics;

/// <summary>Where the metrics are recorded (the host's meter factory), and what <c>url.full</c> leaves out.</summary>
public sealed class TelemetryRegistrationTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task AddBelvoClient_records_on_the_meter_factory_of_the_host()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var services = new ServiceCollection().AddMetrics();
        services.AddBelvoClient(options =>
        {
            options.SecretId = BelvoTestServer.SecretId;
            options.SecretPassword = BelvoTestServer.SecretPassword;
            options.BaseAddress = _belvo.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        var recorded = new List<(string Instrument, string? MeterVersion, string? Operation)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == BelvoTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
            recorded.Add((instrument.Name, instrument.Meter.Version, (string?)tags.ToArray().Single(t => t.Key == "belvo.operation").Value)));
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            recorded.Add((instrument.Name, instrument.Meter.Version, (string?)tags.ToArray().Single(t => t.Key == "belvo.operation").Value)));
        listener.Start();

        await provider.GetRequiredService<IBelvoClient>().Institutions.ListAsync().GetPageAsync();

        Assert.Contains((BelvoTelemetry.RequestDuration, (string?)"0.1.0", (string?)"Institutions.List"), recorded);
        Assert.Contains((BelvoTelemetry.Attempts, (string?)"0.1.0", (string?)"Institutions.List"), recorded);
    }

    [Theory]
    [InlineData("https://user:pa55@sandbox.belvo.com/api/links/?link=1&page=2#frag", "https://sandbox.belvo.com/api/links/?link=1&page=2")]
    [InlineData("http://127.0.0.1:5000/api/accounts/", "http://127.0.0.1:5000/api/accounts/")]
    public void Url_full_keeps_the_query_but_never_the_user_information(string url, string expected) =>
        Assert.Equal(expected, BelvoDiagnostics.SafeUrl(new Uri(url)));
}
