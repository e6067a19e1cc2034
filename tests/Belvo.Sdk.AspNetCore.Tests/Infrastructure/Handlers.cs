using Belvo.Sdk.Tests.Webhooks;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Registers recording handlers.</summary>
public static class Handlers
{
    /// <summary>A <see cref="RecordingHandler{TWebhook}"/> for every documented event record, and one for <see cref="UnknownWebhook"/>.</summary>
    public static void RecordEveryEvent(BelvoWebhooksBuilder webhooks)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        var add = typeof(BelvoWebhooksBuilder).GetMethod(nameof(BelvoWebhooksBuilder.AddHandler))!;
        foreach (var type in DocumentedWebhooks.All.Select(d => d.Expected.GetType()).Append(typeof(UnknownWebhook)))
        {
            add.MakeGenericMethod(type, typeof(RecordingHandler<>).MakeGenericType(type)).Invoke(webhooks, null);
        }
    }

    /// <summary>A catch-all that sees every webhook.</summary>
    public static void RecordAll(BelvoWebhooksBuilder webhooks) =>
        webhooks.AddHandler<BelvoWebhook, RecordingHandler<BelvoWebhook>>();
}
