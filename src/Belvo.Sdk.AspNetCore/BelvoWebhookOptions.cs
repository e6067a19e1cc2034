namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// Settings of the Belvo webhook endpoint (<c>services.AddBelvoWebhooks(options => …)</c>). Only
/// <see cref="Authorization"/> must be set; the rest have defaults that suit most receivers.
/// </summary>
public sealed class BelvoWebhookOptions
{
    /// <summary>
    /// Gets or sets the exact <c>Authorization</c> header value entered in Belvo's dashboard for the webhook
    /// URL, scheme included (<c>Bearer s3cr3t</c> or <c>Basic …</c>). Required. It is compared in constant time,
    /// kept only as a digest once the endpoint starts, and never logged or shown by <see cref="ToString"/>.
    /// </summary>
    public string? Authorization { get; set; }

    /// <summary>
    /// Gets or sets how long one attempt of one handler may run before its <see cref="CancellationToken"/> is
    /// cancelled (the attempt then counts as failed). Default: 30 seconds.
    /// </summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a failing handler is run for one webhook, the first included. Default: 3.
    /// </summary>
    public int MaxHandlerAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets the wait before the second attempt of a failing handler; each further wait doubles it.
    /// Default: 1 second.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets how long a processed <c>webhook_id</c> is remembered, so that Belvo's retries of it are
    /// acknowledged without running the handlers again. Default: 24 hours.
    /// </summary>
    public TimeSpan DeduplicationRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Gets or sets how long a webhook accepted by one instance counts as in progress for the others (they
    /// answer 409, so Belvo retries later). If the instance dies before its handlers finish, another instance
    /// takes the webhook over on a Belvo retry after this. Keep it above the longest queue wait plus handler
    /// time. Default: 10 minutes.
    /// </summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how many accepted webhooks may wait for their handlers in memory. Default: 1,000.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// Gets or sets how long a request waits for room when the queue is full before it is answered 503 (Belvo
    /// then retries). Default: 2 seconds, well under the 5 seconds Belvo is said to wait.
    /// </summary>
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many webhooks are handled at the same time. Default: 4.</summary>
    public int MaxConcurrentWebhooks { get; set; } = 4;

    /// <summary>Gets or sets the largest body accepted, in bytes; a larger one is answered 413. Default: 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Gets or sets how many <c>webhook_id</c>s the in-memory de-duplication (the default, for one instance)
    /// remembers; past it the oldest are forgotten. Default: 100,000.
    /// </summary>
    public int InMemoryDeduplicationCapacity { get; set; } = 100_000;

    /// <summary>Describes the options without the <see cref="Authorization"/> value.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"BelvoWebhookOptions {{ Authorization = {(string.IsNullOrEmpty(Authorization) ? "(not set)" : "***")}, HandlerTimeout = {HandlerTimeout}, MaxHandlerAttempts = {MaxHandlerAttempts}, DeduplicationRetention = {DeduplicationRetention} }}";
}
