using Belvo.Sdk.Errors;
using Belvo.Sdk.Testing;

namespace Belvo.Samples;

/// <summary>
/// Runs a sample's body with a connected <see cref="SampleSession"/> and turns the outcome into an exit code:
/// 0 on success, 1 when a call failed (with Belvo's request_id), 2 for wrong configuration, 130 on Ctrl+C.
/// </summary>
public static class SampleRunner
{
    public static async Task<int> RunAsync(
        Func<SampleSession, CancellationToken, Task> body,
        Action<BelvoEmulatorOptions>? configureEmulator = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        SampleSettings settings;
        try
        {
            settings = SampleSettings.FromEnvironment();
        }
        catch (SampleConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"Configuration: {ex.Message}");
            return 2;
        }

        try
        {
            await using var session = await SampleSession.StartAsync(settings, configureEmulator, cancellation.Token);
            await body(session, cancellation.Token);
            Console.WriteLine();
            Console.WriteLine("Done.");
            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
        catch (BelvoException ex)
        {
            await Console.Error.WriteLineAsync($"Belvo call failed: {ex.Message}");
            if (ex.RequestId is { } requestId)
            {
                await Console.Error.WriteLineAsync($"Quote request_id {requestId} to Belvo support.");
            }

            return 1;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"Sample failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Fails the sample when something it just read is not what it expects.</summary>
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
