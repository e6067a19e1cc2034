using Belvo.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Belvo.Sdk;
using Belvo.Sdk.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IBelvoClient"/> on top of <see cref="IHttpClientFactory"/>.</summary>
public static class BelvoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBelvoClient"/> with options bound from a configuration section (usually
    /// <c>configuration.GetSection("Belvo")</c>), validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <c>SecretId</c>, <c>SecretPassword</c>, <c>Environment</c>, …</param>
    /// <returns>The builder of the Belvo <see cref="HttpClient"/>, to add your own handlers after Belvo's.</returns>
    public static IHttpClientBuilder AddBelvoClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddBelvoClient(options => configuration.Bind(options));
    }

    /// <summary>Registers <see cref="IBelvoClient"/> with options set in code, validated when the host starts.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the Belvo <see cref="HttpClient"/>, to add your own handlers after Belvo's.</returns>
    public static IHttpClientBuilder AddBelvoClient(this IServiceCollection services, Action<BelvoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BelvoClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelvoClientOptions>, BelvoClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var builder = services
            .AddHttpClient(BelvoClient.HttpClientName, (provider, httpClient) =>
                BelvoHttpClientConfigurator.Configure(httpClient, OptionsOf(provider)))
            .AddHttpMessageHandler(provider =>
                BelvoHttpPipeline.CreateRetryHandler(OptionsOf(provider), LoggerFactoryOf(provider), provider.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(provider =>
                BelvoHttpPipeline.CreateLoggingHandler(LoggerFactoryOf(provider), provider.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(provider =>
                BelvoHttpPipeline.CreateTimeoutHandler(OptionsOf(provider), provider.GetRequiredService<TimeProvider>()))
            .RedactLoggedHeaders(_ => true);

        // Scoped, not transient: BelvoClient is IDisposable, and the container keeps every disposable transient it
        // creates until its scope ends, so transients resolved from the root provider would pile up. Each scope
        // (a web request, a job) gets its own client over a fresh HttpClient from the factory.
        services.TryAddScoped<IBelvoClient>(provider => new BelvoClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(BelvoClient.HttpClientName),
            OptionsOf(provider),
            ownsHttpClient: false));
        return builder;
    }

    private static BelvoClientOptions OptionsOf(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<BelvoClientOptions>>().Value;

    private static ILoggerFactory LoggerFactoryOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
