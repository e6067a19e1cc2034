using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk;

/// <summary>
/// How a <see cref="BelvoClient"/> sends, beyond the settings of <see cref="BelvoClientOptions"/>: the transport (for a
/// proxy or your own <see cref="SocketsHttpHandler"/>), handlers of yours around each call or each attempt, where to
/// log and to record metrics, and the clock. Dependency injection builds the same from <c>AddBelvoClient(...).AddHandler(...)</c>.
/// </summary>
public sealed class BelvoPipelineOptions
{
    private readonly List<(DelegatingHandler Handler, BelvoHandlerPosition Position)> _handlers = [];

    /// <summary>
    /// Gets or sets the handler that sends requests over the network. Default: a <see cref="SocketsHttpHandler"/> that
    /// decompresses gzip/brotli answers, renews pooled connections every 15 minutes (so DNS changes are seen), opens at
    /// most <see cref="BelvoClientOptions.MaxConnectionsPerServer"/> connections and does not follow redirects. The client
    /// disposes it with itself. Redirects are never followed whatever the transport: the client turns
    /// <c>AllowAutoRedirect</c> off on a <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/> (under any
    /// delegating handlers), refuses one that already sent requests with it on, and refuses an answer that came from
    /// another address than the one the request was sent to.
    /// </summary>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>
    /// Gets or sets the rate limiter every attempt of every call takes a permit from before it is sent; none when
    /// <see langword="null"/> (the default). See <see cref="BelvoRateLimiters"/> for Belvo's documented limits and for
    /// putting a limiter of yours, such as a distributed one, in front of the calls. The client does not dispose it.
    /// </summary>
    public PartitionedRateLimiter<HttpRequestMessage>? RateLimiter { get; set; }

    /// <summary>Gets or sets where the client logs (attempts, retries); nothing is logged when <see langword="null"/>.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Gets or sets the factory of the meter the client records its metrics on (<see cref="BelvoTelemetry.MeterName"/>);
    /// <c>AddBelvoClient</c> sets the host's. When <see langword="null"/>, every such client shares one meter of the process.
    /// </summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>Gets or sets the clock for timeouts and retry waits; the system clock when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Gets the handlers added with <see cref="AddHandler"/>, in the order they were added.</summary>
    public IReadOnlyList<(DelegatingHandler Handler, BelvoHandlerPosition Position)> Handlers => _handlers;

    /// <summary>
    /// Adds a handler of yours to the request path: per call (outside retries) or per attempt (inside them). Handlers of a
    /// position run in the order they were added, the first outermost. A handler instance belongs to one client, which
    /// disposes it.
    /// </summary>
    /// <param name="handler">The handler; its <see cref="DelegatingHandler.InnerHandler"/> must be unset.</param>
    /// <param name="position">Where it runs.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException">The handler is already part of another chain.</exception>
    public BelvoPipelineOptions AddHandler(DelegatingHandler handler, BelvoHandlerPosition position = BelvoHandlerPosition.PerAttempt)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (handler.InnerHandler is not null)
        {
            throw new ArgumentException("The handler already has an InnerHandler: a DelegatingHandler can be part of one request path only. Pass a new instance.", nameof(handler));
        }

        if (!Enum.IsDefined(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Use BelvoHandlerPosition.PerCall or PerAttempt.");
        }

        _handlers.Add((handler, position));
        return this;
    }
}
