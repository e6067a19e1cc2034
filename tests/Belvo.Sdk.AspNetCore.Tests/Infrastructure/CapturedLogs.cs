using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Keeps every log line (formatted message and exception text) a receiver app writes.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, EventId Event, string Text)> lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, EventId Event, string Text)> Lines => [.. lines];

    /// <summary>Gets the lines of the Belvo webhook endpoint's own category.</summary>
    public IReadOnlyList<(string Category, LogLevel Level, EventId Event, string Text)> Belvo =>
        [.. lines.Where(l => l.Category == "Belvo.Sdk.AspNetCore.Webhooks")];

    public string AllText => string.Join('\n', lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue((category, logLevel, eventId, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception)));
    }
}
