using Belvo.Sdk.AspNetCore;
using Belvo.Sdk.AspNetCore.DependencyInjection;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Processing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Belvo webhook endpoint's services; map it with <c>app.MapBelvoWebhooks(…)</c>.</summary>
public static class BelvoWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <c>MapBelvoWebhooks</c> needs: the options (validated when the host starts), the in-memory
    /// de-duplication (replace it with <see cref="BelvoWebhooksBuilder.UseDistributedCache"/> for a fleet), the
    /// queue and the background service that runs the handlers, metrics and logs.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="BelvoWebhookOptions.Authorization"/> is required.</param>
    /// <returns>A builder to add handlers with.</returns>
    public static BelvoWebhooksBuilder AddBelvoWebhooks(this IServiceCollection services, Action<BelvoWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BelvoWebhookOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelvoWebhookOptions>, BelvoWebhookOptionsValidator>());
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookDeduplicator>(provider => new InMemoryWebhookDeduplicator(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<BelvoWebhookOptions>>().Value.InMemoryDeduplicationCapacity));
        services.TryAddSingleton<WebhookMetrics>();
        services.TryAddSingleton<WebhookQueue>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, WebhookProcessor>());
        return new BelvoWebhooksBuilder(services);
    }
}
