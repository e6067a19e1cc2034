using System.Reflection;
using System.Text.RegularExpressions;
using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Http;
using Belvo.Sdk.Tests.Models;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Tests.Diagnostics;

/// <summary>Keeps docs/observability.md in step with the instruments, attributes and log events the SDK has.</summary>
public sealed partial class ObservabilityDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "docs", "observability.md"));

    [Fact]
    public void Every_instrument_is_documented_and_every_documented_instrument_exists()
    {
        var instruments = typeof(BelvoTelemetry).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(name => name.StartsWith("belvo.client.", StringComparison.Ordinal))
            .Order()
            .ToList();
        var documented = InstrumentRow().Matches(Docs).Select(m => m.Groups["name"].Value).Order().ToList();

        Assert.Equal(5, instruments.Count);
        Assert.Equal(instruments, documented);
    }

    [Fact]
    public void Every_attribute_the_sdk_records_is_documented()
    {
        var attributes = typeof(BelvoDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.Name.EndsWith("Event", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(attributes);
        Assert.All(attributes, name => Assert.Contains($"`{name}`", Docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_log_event_is_documented_with_its_id_and_level()
    {
        var events = typeof(BelvoLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .Select(a => (a.EventId, a.Level, a.Message))
            .OrderBy(e => e.EventId)
            .ToList();
        var documented = LogRow().Matches(Docs)
            .Select(m => (EventId: int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture), Level: Enum.Parse<LogLevel>(m.Groups["level"].Value), Message: m.Groups["message"].Value))
            .OrderBy(e => e.EventId)
            .ToList();

        Assert.Equal(events.Select(e => (e.EventId, e.Level)), documented.Select(d => (d.EventId, d.Level)));
        Assert.All(events.Zip(documented), pair => Assert.Equal(pair.First.Message, pair.Second.Message));
    }

    [GeneratedRegex(@"^\| `(?<name>belvo\.client\.[a-z._]+)` \|", RegexOptions.Multiline)]
    private static partial Regex InstrumentRow();

    [GeneratedRegex(@"^\| (?<id>\d+) \| (?<level>[A-Za-z]+) \| `(?<message>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex LogRow();
}
