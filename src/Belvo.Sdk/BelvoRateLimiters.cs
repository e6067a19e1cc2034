using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Belvo.Sdk.Http;

namespace Belvo.Sdk;

/// <summary>
/// Rate limiters for <see cref="BelvoPipelineOptions.RateLimiter"/> (or <c>AddBelvoClient(...).UseRateLimiter(...)</c>):
/// presets for the limits Belvo documents, and adapters that put any <see cref="RateLimiter"/> of yours (a Redis-backed
/// one shared by a fleet, for example) in front of the calls it should govern. Every attempt of every call of a client
/// takes a permit, retries included; a call waits for its permit (cancellably, and logged) rather than failing: in the
/// limiter's queue, for the <c>RETRY_AFTER</c> a refusal names, or a second at a time when it names none.
/// Combine several with <see cref="PartitionedRateLimiter.CreateChained{TResource}"/>. A client never disposes the
/// limiter it is given, so one limiter can serve many clients: dispose it when the last of them is gone.
/// </summary>
public static class BelvoRateLimiters
{
    /// <summary>How many DELETEs of one kind of resource Belvo accepts per minute before answering 429.</summary>
    public const int DocumentedDeletesPerMinute = 5;

    /// <summary>How many requests Belvo's older documentation allows per <see cref="DocumentedRequestWindow"/>.</summary>
    public const int DocumentedRequestsPerWindow = 80;

    /// <summary>Gets the window of <see cref="DocumentedRequestsPerWindow"/>: 30 seconds.</summary>
    public static TimeSpan DocumentedRequestWindow { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets the resources whose DELETE Belvo limits to <see cref="DocumentedDeletesPerMinute"/> a minute, as their path
    /// segment: links, accounts, transactions and employment records.
    /// </summary>
    public static IReadOnlyList<string> DeleteLimitedResources { get; } = ["links", "accounts", "transactions", "employment-records"];

    /// <summary>
    /// Belvo's documented DELETE limit, in this process: at most 5 DELETEs a minute of each of links, accounts,
    /// transactions and employment records (a sliding minute, so a burst never overlaps two windows); further DELETEs
    /// wait their turn. Other calls are not limited. For several processes sharing one Belvo account, use
    /// <see cref="Deletes"/> with a distributed limiter instead.
    /// </summary>
    /// <returns>A limiter to give to one or more clients; dispose it when they are gone.</returns>
    public static PartitionedRateLimiter<HttpRequestMessage> DocumentedDeletes() =>
        DeletesCore(_ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = DocumentedDeletesPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }), ownsLimiters: true);

    /// <summary>
    /// The limit of Belvo's older documentation, in this process: at most <paramref name="permitLimit"/> requests (80 by
    /// default) in any <paramref name="window"/> (30 seconds by default), every call counted; further calls wait.
    /// </summary>
    /// <param name="permitLimit">How many requests a window allows.</param>
    /// <param name="window">The window; <see cref="DocumentedRequestWindow"/> when <see langword="null"/>.</param>
    /// <returns>A limiter to give to one or more clients; dispose it when they are gone.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1 or the window is not positive.</exception>
    public static PartitionedRateLimiter<HttpRequestMessage> Requests(int permitLimit = DocumentedRequestsPerWindow, TimeSpan? window = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        var span = window ?? DocumentedRequestWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(window));
        return new ResourceRateLimiter(
            static _ => "all",
            _ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = span,
                SegmentsPerWindow = 6,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
            ownsLimiters: true);
    }

    /// <summary>
    /// Puts every call of the client behind one limiter of yours, for example a Redis-backed one that all instances of
    /// a service share. The limiter is not disposed with the returned one.
    /// </summary>
    /// <param name="limiter">The limiter every attempt takes a permit from.</param>
    /// <returns>A limiter to give to one or more clients.</returns>
    public static PartitionedRateLimiter<HttpRequestMessage> All(RateLimiter limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        return new ResourceRateLimiter(static _ => "all", _ => limiter, ownsLimiters: false);
    }

    /// <summary>
    /// Puts the DELETEs Belvo limits behind one limiter of yours per kind of resource (<see cref="DeleteLimitedResources"/>),
    /// for example a Redis-backed fixed window of 5 permits a minute keyed by the resource, shared by a fleet. Other
    /// calls are not limited. Each limiter is created once, on the first DELETE of its kind, and is not disposed with
    /// the returned one.
    /// </summary>
    /// <param name="limiterFor">Creates the limiter of a resource, given its path segment (for example <c>links</c>).</param>
    /// <returns>A limiter to give to one or more clients.</returns>
    public static PartitionedRateLimiter<HttpRequestMessage> Deletes(Func<string, RateLimiter> limiterFor)
    {
        ArgumentNullException.ThrowIfNull(limiterFor);
        return DeletesCore(limiterFor, ownsLimiters: false);
    }

    /// <summary>
    /// Gets the resource a DELETE Belvo limits is about (<c>links</c>, <c>accounts</c>, …), from its path
    /// (<c>/api/links/{id}/</c>), or <see langword="null"/> for any other call.
    /// </summary>
    internal static string? LimitedDeleteOf(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Delete || request.RequestUri is null)
        {
            return null;
        }

        var path = request.RequestUri.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var api = Array.IndexOf(segments, "api");

        // /api/{resource}/{id}/: the resource's one item, nothing below it.
        return api >= 0 && segments.Length == api + 3 && DeleteLimitedResources.Contains(segments[api + 1], StringComparer.Ordinal)
            ? segments[api + 1]
            : null;
    }

    private static ResourceRateLimiter DeletesCore(Func<string, RateLimiter> limiterFor, bool ownsLimiters) =>
        new(LimitedDeleteOf, limiterFor, ownsLimiters);

    /// <summary>
    /// One limiter per kind of call, each created when first needed and kept (unlike
    /// <see cref="PartitionedRateLimiter.Create{TResource, TPartitionKey}"/>, which disposes idle partitions: a limiter
    /// shared with other clients must outlive this one). Calls of no kind are not limited.
    /// </summary>
    private sealed class ResourceRateLimiter(Func<HttpRequestMessage, string?> kindOf, Func<string, RateLimiter> create, bool ownsLimiters)
        : PartitionedRateLimiter<HttpRequestMessage>
    {
        private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> _limiters = new(StringComparer.Ordinal);

        public override RateLimiterStatistics? GetStatistics(HttpRequestMessage resource) =>
            LimiterFor(resource)?.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(HttpRequestMessage resource, int permitCount) =>
            LimiterFor(resource)?.AttemptAcquire(permitCount) ?? Unlimited.Lease;

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpRequestMessage resource, int permitCount, CancellationToken cancellationToken) =>
            LimiterFor(resource)?.AcquireAsync(permitCount, cancellationToken) ?? ValueTask.FromResult<RateLimitLease>(Unlimited.Lease);

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsLimiters)
            {
                foreach (var limiter in _limiters.Values.Where(lazy => lazy.IsValueCreated))
                {
                    limiter.Value.Dispose();
                }
            }

            base.Dispose(disposing);
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            if (ownsLimiters)
            {
                foreach (var limiter in _limiters.Values.Where(lazy => lazy.IsValueCreated))
                {
                    await limiter.Value.DisposeAsync().ConfigureAwait(false);
                }
            }

            await base.DisposeAsyncCore().ConfigureAwait(false);
        }

        private RateLimiter? LimiterFor(HttpRequestMessage resource) =>
            kindOf(resource) is { } kind ? _limiters.GetOrAdd(kind, key => new Lazy<RateLimiter>(() => create(key))).Value : null;
    }

    /// <summary>The permit of a call no limiter governs.</summary>
    private sealed class Unlimited : RateLimitLease
    {
        public static readonly Unlimited Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
