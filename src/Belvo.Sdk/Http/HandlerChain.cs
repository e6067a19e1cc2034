using System.Net;
using Belvo.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Belvo.Sdk.Http;

/// <summary>
/// Builds the handler chain of a client, the same for <c>new BelvoClient(...)</c> and <c>AddBelvoClient</c>, outermost
/// first: your per-call handlers → retry (Belvo's policy) → rate limiter (each attempt, when set) → telemetry (each
/// attempt's span and count) → logging (each attempt) → timeout (each attempt) → your per-attempt handlers →
/// redirect guard → the transport.
/// </summary>
internal static class HandlerChain
{
    public const string LoggerCategory = "Belvo.Sdk";

    /// <summary>The transport used when none is given: see <see cref="BelvoPipelineOptions.Transport"/>.</summary>
    public static SocketsHttpHandler CreateDefaultTransport(BelvoClientOptions options) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(15),
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = options.MaxConnectionsPerServer,
    };

    /// <summary>Builds a configured <see cref="HttpClient"/> over the chain; disposing it disposes every handler and the transport.</summary>
    public static HttpClient CreateHttpClient(BelvoClientOptions frozenOptions, BelvoPipelineOptions pipeline, TimeProvider timeProvider)
    {
        var loggerFactory = pipeline.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger(LoggerCategory);
        var handlers = new List<DelegatingHandler>();
        handlers.AddRange(pipeline.Handlers.Where(entry => entry.Position == BelvoHandlerPosition.PerCall).Select(entry => entry.Handler));
        handlers.Add(new BelvoRetryHandler(frozenOptions.Retry, timeProvider, logger));
        if (pipeline.RateLimiter is { } rateLimiter)
        {
            handlers.Add(new BelvoRateLimitHandler(rateLimiter, timeProvider, logger));
        }

        handlers.Add(new BelvoTelemetryHandler(timeProvider));
        handlers.Add(new BelvoLoggingHandler(logger, timeProvider));
        handlers.Add(new BelvoTimeoutHandler(frozenOptions, timeProvider));
        handlers.AddRange(pipeline.Handlers.Where(entry => entry.Position == BelvoHandlerPosition.PerAttempt).Select(entry => entry.Handler));

        HttpMessageHandler inner = pipeline.Transport ?? CreateDefaultTransport(frozenOptions);
        BelvoRedirectGuard.Secure(inner);
        handlers.Add(new BelvoRedirectGuard());
        for (var index = handlers.Count - 1; index >= 0; index--)
        {
            handlers[index].InnerHandler = inner;
            inner = handlers[index];
        }

        var httpClient = new HttpClient(inner, disposeHandler: true);
        BelvoHttpClientConfigurator.Configure(httpClient, frozenOptions);
        return httpClient;
    }
}
