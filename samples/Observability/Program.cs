// Observability: the SDK's traces, metrics and logs exported with OpenTelemetry (here to the console) while it runs
// against the in-process emulator: a list read page by page, a link registered with an MFA round, accounts retrieved
// with another, a read that Belvo answers 503 once and the SDK retries, and a call that fails with Belvo's error code.
// It always uses the emulator, whose fault injection makes the retry happen.
using System.Diagnostics;
using Belvo.Samples;
using Belvo.Sdk;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

using var sampleSource = new ActivitySource("Belvo.Samples.Observability");
var resource = ResourceBuilder.CreateDefault().AddService("belvo-observability-sample");
var ended = new EndedSpans();

// The two lines any application needs: AddSource and AddMeter with the SDK's names. Swap AddConsoleExporter for
// AddOtlpExporter (OpenTelemetry.Exporter.OpenTelemetryProtocol) to send them to any OTLP backend.
using var tracing = Sdk.CreateTracerProviderBuilder()
    .SetResourceBuilder(resource)
    .AddSource(sampleSource.Name)
    .AddSource(BelvoTelemetry.ActivitySourceName)
    .AddProcessor(ended)
    .AddConsoleExporter()
    .Build();
using var metrics = Sdk.CreateMeterProviderBuilder()
    .SetResourceBuilder(resource)
    .AddMeter(BelvoTelemetry.MeterName)
    .AddConsoleExporter()
    .Build();

// The SDK's log lines (Debug: one per attempt), with the trace and span ids of the call they belong to.
using var loggerFactory = LoggerFactory.Create(logging => logging
    .SetMinimumLevel(LogLevel.Debug)
    .AddOpenTelemetry(otel =>
    {
        otel.SetResourceBuilder(resource);
        otel.AddConsoleExporter();
    }));

await using var emulator = await BelvoEmulator.StartAsync(new BelvoEmulatorOptions { DefaultPageSize = 5 });
Console.WriteLine($"Running against the built-in Belvo emulator at {emulator.BaseAddress}.");
var options = new BelvoClientOptions { SecretId = emulator.SecretId, SecretPassword = emulator.SecretPassword, BaseAddress = emulator.BaseAddress };
options.Retry.BaseDelay = TimeSpan.FromMilliseconds(100); // Belvo's policy waits 3 s first; the emulator needs no such patience
using var client = new BelvoClient(options, loggerFactory);
MfaChallengeHandler answer = (challenge, _) =>
{
    Console.WriteLine($"MFA round {challenge.Round} ({challenge.Type}): answering with the emulator's documented token.");
    return ValueTask.FromResult<string?>(EmulatorCredentials.MfaToken);
};

string? failedRequestId;
using (sampleSource.StartActivity("observability sample"))
{
    var institutions = 0;
    await foreach (var _ in client.Institutions.ListAsync(new InstitutionListOptions { MaxItems = 8, PageSize = 5 }))
    {
        institutions++;
    }

    Console.WriteLine($"Listed {institutions} institutions.");
    var link = await client.Links.RegisterWithMfaAsync(
        new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = EmulatorCredentials.MfaNumericUsername,
            Password = EmulatorCredentials.ValidPassword,
        },
        answer);
    Console.WriteLine($"Registered link {link.Id}.");

    var accounts = await client.Accounts.RetrieveWithMfaAsync(new RetrieveRequest { Link = link.Id }, answer);
    Console.WriteLine($"Retrieved {accounts.Count} accounts.");

    emulator.Faults.FailNext(1, statusCode: 503);
    var again = await client.Links.GetAsync(link.Id);
    Console.WriteLine($"Read link {again.Id} after one 503 and a retry.");

    try
    {
        await client.Accounts.RetrieveAsync(new RetrieveRequest { Link = Guid.NewGuid() });
        failedRequestId = null;
    }
    catch (BelvoException ex)
    {
        failedRequestId = ex.RequestId;
        Console.WriteLine($"Failed as expected: {(int?)ex.StatusCode} {ex.ErrorCode} (request_id {ex.RequestId}).");
    }

    await client.Links.DeleteAsync(link.Id);
}

tracing.ForceFlush();

// The sample checks what it exported, so CI notices when a span goes missing.
var spans = ended.Spans;
Check(spans.Any(s => s.DisplayName == "Belvo Links.RegisterWithMfa" && s.Events.Any(e => e.Name == "belvo.mfa.challenge")), "no MFA flow span with its challenge");
Check(spans.Any(s => s.DisplayName == "Belvo Accounts.RetrieveWithMfa"), "no span for the accounts' MFA flow");
var get = spans.Single(s => s.DisplayName == "Belvo Links.Get");
Check(spans.Count(s => s.ParentSpanId == get.SpanId && s.DisplayName == "GET") == 2, "the retried read does not have two attempts");
Check(spans.Any(s => s.DisplayName == "GET" && Equals(s.GetTagItem("http.request.resend_count"), 1)), "no attempt carries http.request.resend_count");
var failed = spans.Single(s => s.DisplayName == "Belvo Accounts.Retrieve" && Equals(s.GetTagItem("belvo.error.code"), "does_not_exist"));
Check(failedRequestId is not null && Equals(failed.GetTagItem("belvo.request_id"), failedRequestId), "the failed call's span lacks its request_id");
Check(spans.Count(s => s.DisplayName == "Belvo Institutions.List") == 2, "the two pages of institutions are not two spans");
Console.WriteLine();
Console.WriteLine($"Exported {spans.Count} spans of the Belvo SDK and the logs above; the metrics follow as the meter provider closes. Done.");
return 0;

static void Check(bool condition, string problem)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Observability sample: {problem}.");
    }
}

/// <summary>Keeps the SDK's ended spans, for the sample's own checks.</summary>
internal sealed class EndedSpans : BaseProcessor<Activity>
{
    private readonly List<Activity> spans = [];

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (spans)
            {
                return [.. spans];
            }
        }
    }

    public override void OnEnd(Activity data)
    {
        if (data.Source.Name == BelvoTelemetry.ActivitySourceName)
        {
            lock (spans)
            {
                spans.Add(data);
            }
        }
    }
}
