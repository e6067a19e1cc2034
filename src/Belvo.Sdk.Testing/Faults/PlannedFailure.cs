namespace Belvo.Sdk.Testing.Faults;

/// <summary>A batch of failures queued with <see cref="EmulatorFaults.FailNext"/>, counted down as requests consume it.</summary>
internal sealed class PlannedFailure(int remaining, int statusCode, FaultBody body, string? pathPrefix)
{
    public int Remaining { get; set; } = remaining;

    public int StatusCode { get; } = statusCode;

    public FaultBody Body { get; } = body;

    public string? PathPrefix { get; } = pathPrefix;

    public bool Applies(string path) => PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal);
}
