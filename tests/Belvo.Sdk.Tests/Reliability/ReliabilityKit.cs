using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>Captures every log line of a client, for tests that assert what was logged (and what never is).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Text)> _entries = new();

    public IReadOnlyList<(LogLevel Level, int EventId, string Text)> Entries => [.. _entries];

    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Trace));

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    /// <summary>Waits (in real time, at most 10 s) until a line containing <paramref name="text"/> is logged.</summary>
    public async Task<string> WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var line = _entries.FirstOrDefault(entry => entry.Text.Contains(text, StringComparison.Ordinal)).Text;
            if (line is not null)
            {
                return line;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Nothing containing '{text}' was logged within 10 seconds. Logged: {string.Join(" | ", _entries.Select(e => e.Text))}");
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, int, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, eventId.Id, formatter(state, exception)));
    }
}

/// <summary>Counts the attempts that reach it (placed per attempt, next to the transport).</summary>
public sealed class AttemptCounter : DelegatingHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// A bare HTTP/1.1 server on 127.0.0.1 for the failures WireMock cannot stage: it reads each request's head, counts
/// it, and then does what it is told (hang, reset the connection, send part of an answer and reset).
/// </summary>
public sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Socket, NetworkStream, CancellationToken, Task> _behaviour;
    private readonly ConcurrentBag<Socket> _sockets = [];
    private int _requests;
    private int _connections;

    public RawHttpServer(Func<Socket, NetworkStream, CancellationToken, Task> behaviour)
    {
        _behaviour = behaviour;
        _listener.Start();
        _ = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Gets how many request heads arrived.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Gets how many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public TaskCompletionSource FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Hangs until the client gives up.</summary>
    public static RawHttpServer Hanging() => new(static async (_, stream, stop) =>
    {
        var buffer = new byte[1];
        try
        {
            // Returns 0 when the client closes the connection.
            while (await stream.ReadAsync(buffer, stop) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
        }
    });

    /// <summary>Resets the connection (RST) as soon as the request arrived.</summary>
    public static RawHttpServer Resetting() => new(static (socket, _, _) =>
    {
        Reset(socket);
        return Task.CompletedTask;
    });

    /// <summary>Sends a 200's headers and the start of its JSON body, then resets the connection.</summary>
    public static RawHttpServer ResettingMidBody() => new(static async (socket, stream, stop) =>
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"id\": \"0d3ffb69-f83b-456e-ad8e-208d0998d71d\", \"institution\": ";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stop);
        await stream.FlushAsync(stop);
        await Task.Delay(50, stop);
        Reset(socket);
    });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }

        _stop.Dispose();
    }

    private static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _sockets.Add(socket);
            Interlocked.Increment(ref _connections);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            var stream = new NetworkStream(socket, ownsSocket: false);
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(buffer, _stop.Token) == 0)
                {
                    return;
                }

                head.Append((char)buffer[0]);
            }

            Interlocked.Increment(ref _requests);
            FirstRequest.TrySetResult();
            await _behaviour(socket, stream, _stop.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
