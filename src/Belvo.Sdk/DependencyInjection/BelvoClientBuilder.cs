using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Belvo.Sdk;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures the <see cref="IBelvoClient"/> registered by <c>AddBelvoClient</c>.</summary>
public sealed class BelvoClientBuilder
{
    private readonly List<(Func<IServiceProvider, DelegatingHandler> Create, BelvoHandlerPosition Position)> _handlers = [];
    private Func<IServiceProvider, PartitionedRateLimiter<HttpRequestMessage>>? _rateLimiter;

    internal BelvoClientBuilder(IServiceCollection services, IHttpClientBuilder httpClient)
    {
        Services = services;
        HttpClient = httpClient;
    }

    /// <summary>Gets the services the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Gets the builder of the named <see cref="System.Net.Http.HttpClient"/> (<see cref="BelvoClient.HttpClientName"/>)
    /// whose handlers are the client's transport: configure its primary handler (a proxy, certificates) or add handlers
    /// with the usual <c>IHttpClientBuilder</c> methods; those run once per attempt, next to the network.
    /// </summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>
    /// Adds a handler of yours to the client's request path: per call (outside retries, it sees one request per call)
    /// or per attempt (inside them, it sees every retry).
    /// </summary>
    /// <param name="createHandler">Creates the handler, once, when the client is built.</param>
    /// <param name="position">Where it runs.</param>
    /// <returns>This builder, to chain calls.</returns>
    public BelvoClientBuilder AddHandler(Func<IServiceProvider, DelegatingHandler> createHandler, BelvoHandlerPosition position = BelvoHandlerPosition.PerAttempt)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        _handlers.Add((createHandler, position));
        return this;
    }

    /// <summary>
    /// Makes every attempt of every call take a permit from a rate limiter first (see <see cref="BelvoRateLimiters"/>),
    /// for example <c>UseRateLimiter(_ =&gt; BelvoRateLimiters.DocumentedDeletes())</c>. The function runs once, when the
    /// client is built. The client never disposes the limiter (it may be shared): register it as a singleton and resolve
    /// it here to have the container dispose it.
    /// </summary>
    /// <param name="createLimiter">Creates (or finds, for a limiter shared with other clients) the limiter.</param>
    /// <returns>This builder, to chain calls.</returns>
    public BelvoClientBuilder UseRateLimiter(Func<IServiceProvider, PartitionedRateLimiter<HttpRequestMessage>> createLimiter)
    {
        ArgumentNullException.ThrowIfNull(createLimiter);
        _rateLimiter = createLimiter;
        return this;
    }

    /// <summary>Builds the client's pipeline options from the container: the factory's handlers as transport, then the added handlers.</summary>
    internal BelvoPipelineOptions CreatePipeline(IServiceProvider provider)
    {
        var pipeline = new BelvoPipelineOptions
        {
            Transport = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(BelvoClient.HttpClientName),
            LoggerFactory = provider.GetService<ILoggerFactory>(),
            MeterFactory = provider.GetService<IMeterFactory>(),
            TimeProvider = provider.GetService<TimeProvider>(),
            RateLimiter = _rateLimiter?.Invoke(provider),
        };
        foreach (var (create, position) in _handlers)
        {
            pipeline.AddHandler(create(provider), position);
        }

        return pipeline;
    }
}
