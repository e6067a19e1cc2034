using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.DependencyInjection;

/// <summary>Checks <see cref="BelvoWebhookOptions"/> when the host starts; messages never contain the Authorization value.</summary>
internal sealed class BelvoWebhookOptionsValidator : IValidateOptions<BelvoWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, BelvoWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Authorization))
        {
            failures.Add("BelvoWebhookOptions.Authorization is missing. Set it to the exact Authorization value entered for the webhook URL in Belvo's dashboard (for example \"Bearer <token>\"); without one anybody could post webhooks.");
        }

        Positive(failures, nameof(options.HandlerTimeout), options.HandlerTimeout);
        Positive(failures, nameof(options.DeduplicationRetention), options.DeduplicationRetention);
        Positive(failures, nameof(options.ProcessingLease), options.ProcessingLease);
        Positive(failures, nameof(options.EnqueueTimeout), options.EnqueueTimeout);
        if (options.RetryDelay < TimeSpan.Zero)
        {
            failures.Add($"BelvoWebhookOptions.RetryDelay is {options.RetryDelay}; use zero or more.");
        }

        AtLeastOne(failures, nameof(options.MaxHandlerAttempts), options.MaxHandlerAttempts);
        AtLeastOne(failures, nameof(options.QueueCapacity), options.QueueCapacity);
        AtLeastOne(failures, nameof(options.MaxConcurrentWebhooks), options.MaxConcurrentWebhooks);
        AtLeastOne(failures, nameof(options.MaxRequestBodySize), options.MaxRequestBodySize);
        AtLeastOne(failures, nameof(options.InMemoryDeduplicationCapacity), options.InMemoryDeduplicationCapacity);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"BelvoWebhookOptions.{name} is {value}; use a positive duration.");
        }
    }

    private static void AtLeastOne(List<string> failures, string name, long value)
    {
        if (value < 1)
        {
            failures.Add($"BelvoWebhookOptions.{name} is {value}; use 1 or more.");
        }
    }
}
