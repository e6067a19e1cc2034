using Belvo.Sdk.Models;
using System.Collections.Concurrent;
using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Tests.Http;

public sealed class LoggingTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose()
    {
        _belvo.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task Each_attempt_is_logged_with_target_and_status_but_never_credentials_or_bodies()
    {
        var time = new RecordingTimeProvider();
        _belvo.RespondInSequence(
            "POST",
            "/api/links/",
            (500, """[{"code":"unexpected_error","message":"boom","request_id":"r"}]"""),
            (201, BelvoTestServer.Payload("link")));
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        var client = _belvo.CreateClient(
            o =>
            {
                o.Retry.MaxRetries = 1;
                o.InstitutionTimeout = Timeout.InfiniteTimeSpan;
            },
            time,
            loggerFactory);

        var call = client.Links.RegisterAsync(new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = "end-user",
            Password = "end-user-password-123",
            Token = "mfa-token-456",
        });
        await time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await call;

        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Belvo POST /api/links/ answered 500", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Belvo POST /api/links/ failed with 500; retry 1 of 1 in 00:00:03", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Belvo POST /api/links/ answered 201", StringComparison.Ordinal));
        foreach (var secret in new[] { BelvoTestServer.SecretPassword, "end-user-password-123", "mfa-token-456", BelvoTestServer.ExpectedAuthorization[6..] })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Lines);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
