using Belvo.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Belvo.Sdk.AspNetCore.Processing;

/// <summary>
/// One <c>AddHandler&lt;TWebhook, THandler&gt;()</c>: which webhooks it takes and how to call it, closed over
/// its generic types when registered, so dispatch needs no reflection.
/// </summary>
internal sealed class WebhookHandlerRegistration
{
    private readonly Func<BelvoWebhook, bool> accepts;
    private readonly Func<IServiceProvider, BelvoWebhook, CancellationToken, Task> invoke;

    private WebhookHandlerRegistration(Type webhookType, Type handlerType, Func<BelvoWebhook, bool> accepts, Func<IServiceProvider, BelvoWebhook, CancellationToken, Task> invoke)
    {
        WebhookType = webhookType;
        HandlerType = handlerType;
        this.accepts = accepts;
        this.invoke = invoke;
    }

    public Type WebhookType { get; }

    public Type HandlerType { get; }

    public string HandlerName => HandlerType.Name;

    public static WebhookHandlerRegistration Create<TWebhook, THandler>()
        where TWebhook : BelvoWebhook
        where THandler : class, IBelvoWebhookHandler<TWebhook> =>
        new(
            typeof(TWebhook),
            typeof(THandler),
            static webhook => webhook is TWebhook,
            static (services, webhook, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync((TWebhook)webhook, cancellationToken));

    public bool Accepts(BelvoWebhook webhook) => accepts(webhook);

    public Task InvokeAsync(IServiceProvider services, BelvoWebhook webhook, CancellationToken cancellationToken) =>
        invoke(services, webhook, cancellationToken);
}
