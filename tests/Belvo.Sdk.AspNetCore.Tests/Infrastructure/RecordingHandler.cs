using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Records every webhook it gets, under its own name, for example "RecordingHandler&lt;TransactionsHistoricalUpdate&gt;".</summary>
public sealed class RecordingHandler<TWebhook>(HandledWebhooks handled) : IBelvoWebhookHandler<TWebhook>
    where TWebhook : BelvoWebhook
{
    public Task HandleAsync(TWebhook webhook, CancellationToken cancellationToken)
    {
        handled.Add(Recorded.By<TWebhook>(), webhook);
        return Task.CompletedTask;
    }
}

/// <summary>The names <see cref="RecordingHandler{TWebhook}"/> records under.</summary>
public static class Recorded
{
    public static string By<TWebhook>()
        where TWebhook : BelvoWebhook => By(typeof(TWebhook));

    public static string By(Type webhookType)
    {
        ArgumentNullException.ThrowIfNull(webhookType);
        return $"RecordingHandler<{webhookType.Name}>";
    }
}
