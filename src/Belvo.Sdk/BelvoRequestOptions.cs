namespace Belvo.Sdk;

/// <summary>Settings for one call, overriding the client's.</summary>
public sealed record BelvoRequestOptions
{
    /// <summary>The key under which these options travel on the <see cref="HttpRequestMessage"/>.</summary>
    internal const string PropertyKey = "Belvo.RequestOptions";

    /// <summary>
    /// Gets how long one attempt of this call may take before a <see cref="Errors.BelvoTimeoutException"/>,
    /// replacing <see cref="BelvoClientOptions.Timeout"/> or <see cref="BelvoClientOptions.RetrieveTimeout"/>.
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits without limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
