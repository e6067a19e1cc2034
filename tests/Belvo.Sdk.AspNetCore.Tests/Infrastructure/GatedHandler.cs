using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Holds every webhook until the test opens the gate (or the handler's token is cancelled), then records it.</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Opened => opened.Task;

    /// <summary>Completes when a handler is waiting at the gate.</summary>
    public Task Entered => entered.Task.WaitAsync(HandledWebhooks.Patience);

    public void Open() => opened.TrySetResult();

    public void Enter() => entered.TrySetResult();
}

public sealed class GatedHandler(Gate gate, HandledWebhooks handled) : IBelvoWebhookHandler<BelvoWebhook>
{
    public const string Name = "GatedHandler";

    public async Task HandleAsync(BelvoWebhook webhook, CancellationToken cancellationToken)
    {
        gate.Enter();
        await gate.Opened.WaitAsync(cancellationToken);
        handled.Add(Name, webhook);
    }
}
