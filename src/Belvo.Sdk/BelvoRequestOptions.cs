namespace Belvo.Sdk;

/// <summary>Settings for one call, overriding the client's.</summary>
public sealed record BelvoRequestOptions
{
    /// <summary>
    /// Gets how long one attempt of this call may take before a <see cref="Errors.BelvoTimeoutException"/>,
    /// reading the answer included, replacing <see cref="BelvoClientOptions.Timeout"/> or
    /// <see cref="BelvoClientOptions.InstitutionTimeout"/>. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>
    /// waits without limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Gets a value indicating whether the body is kept as received and returned in <see cref="BelvoResponse.RawBody"/>
    /// (by <c>…WithResponseAsync</c> methods and on list pages). Off by default: bodies are read as they stream in,
    /// never held as text.
    /// </summary>
    public bool IncludeRawBody { get; init; }
}
