using Belvo.Sdk;
using Belvo.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IBelvoClient"/> and every resource interface (<c>IAccountsClient</c>, …) as singletons.</summary>
public static class BelvoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBelvoClient"/> with options bound from a configuration section (usually
    /// <c>configuration.GetSection("Belvo")</c>), validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <c>SecretId</c>, <c>SecretPassword</c>, <c>Environment</c>, …</param>
    /// <returns>A builder to add handlers of yours or configure the transport.</returns>
    public static BelvoClientBuilder AddBelvoClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddBelvoClient(options => configuration.Bind(options));
    }

    /// <summary>
    /// Registers <see cref="IBelvoClient"/> (a singleton: it is thread-safe, and singletons and hosted services can take
    /// it) and each resource interface, with options set in code and validated when the host starts. The client reads
    /// the options once, when it is first resolved.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add handlers of yours or configure the transport.</returns>
    public static BelvoClientBuilder AddBelvoClient(this IServiceCollection services, Action<BelvoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BelvoClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelvoClientOptions>, BelvoClientOptionsValidator>());

        // The transport comes from IHttpClientFactory, so the usual IHttpClientBuilder configuration applies to it. The
        // singleton client keeps its handler for its whole life; the primary handler renews its pooled connections
        // itself (PooledConnectionLifetime), which is what the factory's handler rotation is otherwise for.
        var httpClient = services.AddHttpClient(BelvoClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => HandlerChain.CreateDefaultTransport(provider.GetRequiredService<IOptions<BelvoClientOptions>>().Value))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true);

        var builder = new BelvoClientBuilder(services, httpClient);
        services.TryAddSingleton<IBelvoClient>(provider => new BelvoClient(
            provider.GetRequiredService<IOptions<BelvoClientOptions>>().Value,
            builder.CreatePipeline(provider)));
        BelvoResourceRegistrations.Add(services);
        return builder;
    }
}
