namespace Belvo.Sdk.Testing.Hosting;

/// <summary>The thread-safe, append-only list of requests the emulator received.</summary>
internal sealed class RequestLog
{
    private readonly Lock sync = new();
    private readonly List<RecordedRequest> requests = [];

    public void Add(RecordedRequest request)
    {
        lock (sync)
        {
            requests.Add(request);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (sync)
        {
            return [.. requests];
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            requests.Clear();
        }
    }
}
