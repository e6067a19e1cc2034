using System.Diagnostics.CodeAnalysis;
using Belvo.Sdk.AspNetCore.Processing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Belvo webhook endpoint.</summary>
public static class BelvoWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the Belvo webhook endpoint registered by
    /// <c>services.AddBelvoWebhooks(…)</c>. Set the same URL, and the Authorization value of the options, for
    /// your keys in Belvo's dashboard. Answers: 202 accepted (handlers run in the background), 200 already
    /// processed, 401 wrong or missing Authorization, 400 not a Belvo webhook, 413 too large, 409 in progress
    /// elsewhere and 503 cannot queue now (Belvo retries both).
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The route, for example <c>/belvo/webhooks</c>.</param>
    /// <returns>The endpoint's builder, to add conventions (host filters, rate limits, …).</returns>
    /// <exception cref="InvalidOperationException"><c>AddBelvoWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapBelvoWebhooks(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var receiver = endpoints.ServiceProvider.GetService<WebhookReceiver>()
            ?? throw new InvalidOperationException("Call services.AddBelvoWebhooks(options => …) before app.MapBelvoWebhooks(…).");
        return endpoints.MapPost(pattern, receiver.ReceiveAsync).WithDisplayName("Belvo webhooks");
    }
}
