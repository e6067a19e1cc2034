namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Bounded polling for what happens in the background (handlers, logs): fails after <see cref="HandledWebhooks.Patience"/>.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var patience = new CancellationTokenSource(HandledWebhooks.Patience);
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }
}
