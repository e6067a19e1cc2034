using System.Diagnostics.CodeAnalysis;
using Belvo.Sdk.AspNetCore.Processing;
using Belvo.Sdk.Webhooks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// Adds handlers and chooses the de-duplication store of the Belvo webhook endpoint; returned by
/// <c>services.AddBelvoWebhooks(…)</c>.
/// </summary>
public sealed class BelvoWebhooksBuilder
{
    internal BelvoWebhooksBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>Gets the services the endpoint is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Runs <typeparamref name="THandler"/> for every webhook that is a <typeparamref name="TWebhook"/>: one
    /// event record such as <see cref="TransactionsHistoricalUpdate"/>, a shared base record such as
    /// <see cref="InvoicesInitialUpdate"/>, <see cref="UnknownWebhook"/>, or <see cref="BelvoWebhook"/> for a
    /// catch-all that sees every webhook. A webhook goes to every handler whose type it matches, concurrently.
    /// The handler is resolved from a new DI scope per attempt; it is registered as scoped unless you
    /// registered it yourself. Adding the same pair twice adds it once.
    /// </summary>
    /// <typeparam name="TWebhook">The webhook record the handler takes.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public BelvoWebhooksBuilder AddHandler<TWebhook, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TWebhook : BelvoWebhook
        where THandler : class, IBelvoWebhookHandler<TWebhook>
    {
        Services.TryAddScoped<THandler>();
        var exists = Services.Any(d => d.ServiceType == typeof(WebhookHandlerRegistration)
            && d.ImplementationInstance is WebhookHandlerRegistration r
            && r.WebhookType == typeof(TWebhook)
            && r.HandlerType == typeof(THandler));
        if (!exists)
        {
            Services.AddSingleton(WebhookHandlerRegistration.Create<TWebhook, THandler>());
        }

        return this;
    }

    /// <summary>
    /// De-duplicates through the registered <see cref="IDistributedCache"/> (for example
    /// <c>services.AddStackExchangeRedisCache(…)</c>), so every instance sharing it processes each webhook once,
    /// instead of in this process's memory.
    /// </summary>
    /// <param name="configure">Sets the key prefix and the claim's settle delay.</param>
    /// <returns>This builder.</returns>
    public BelvoWebhooksBuilder UseDistributedCache(Action<DistributedCacheDeduplicationOptions>? configure = null)
    {
        var options = Services.AddOptions<DistributedCacheDeduplicationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return UseDeduplicator<DistributedCacheWebhookDeduplicator>();
    }

    /// <summary>De-duplicates with your own <see cref="IWebhookDeduplicator"/> (a singleton).</summary>
    /// <typeparam name="TDeduplicator">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public BelvoWebhooksBuilder UseDeduplicator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TDeduplicator>()
        where TDeduplicator : class, IWebhookDeduplicator
    {
        Services.RemoveAll<IWebhookDeduplicator>();
        Services.AddSingleton<IWebhookDeduplicator, TDeduplicator>();
        return this;
    }
}
