using System.Net;
using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.AspNetCore.Tests.Infrastructure;
using Belvo.Sdk.Tests.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Tests;

/// <summary>Requests that are not Belvo's, or not webhooks, are refused before any handler runs, and never logged in full.</summary>
public sealed class RejectionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer webhook-s3cr3t-valuE")]
    [InlineData("bearer webhook-s3cr3t-value")]
    [InlineData("Bearer webhook-s3cr3t")]
    [InlineData("Basic d2ViaG9vazpzM2NyM3Q=")]
    public async Task A_wrong_or_missing_Authorization_gets_401_and_reaches_no_handler(string? authorization)
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);

        using var response = await app.PostAsync(DocumentedWebhooks.All[0].Json, authorization);
        using var valid = await app.PostAsync(DocumentedWebhooks.All[1].Json);
        await handled.WaitForCountAsync(1);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(DocumentedWebhooks.All[1].Expected.WebhookId, Assert.Single(handled.All).Webhook.WebhookId);
        Assert.Equal(1, app.Metrics.Sum(BelvoWebhookTelemetry.Rejected));
        Assert.Equal(401, app.Metrics.Of(BelvoWebhookTelemetry.Rejected).Single().Tags[BelvoWebhookTelemetry.StatusCodeTag]);
        Assert.Equal(1, app.Metrics.Sum(BelvoWebhookTelemetry.Received));
        Assert.Contains(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.Rejected && l.Text.Contains("401", StringComparison.Ordinal));
        Assert.DoesNotContain("s3cr3t", app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("d2ViaG9vaz", app.Logs.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json s3cr3t")]
    [InlineData("[]")]
    [InlineData("""{"webhook_type":"ACCOUNTS","webhook_code":"historical_update","data":{"note":"s3cr3t"}}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"ACCOUNTS","webhook_code":"historical_update","data":{"total_accounts":"s3cr3t"}}""")]
    [InlineData("""{"webhook_id":"w1","webhook_type":"TAX_STATUS","webhook_code":"historical_update","data":{"last_status_change_date":"s3cr3t"}}""")]
    public async Task A_malformed_body_gets_400_reaches_no_handler_and_is_not_logged(string body)
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll);

        using var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(handled.All);
        Assert.Equal(400, app.Metrics.Of(BelvoWebhookTelemetry.Rejected).Single().Tags[BelvoWebhookTelemetry.StatusCodeTag]);
        Assert.Contains(app.Logs.Belvo, l => l.Event.Id == WebhookLogEvents.Rejected && l.Text.Contains("400", StringComparison.Ordinal));
        Assert.DoesNotContain("s3cr3t", app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled, Handlers.RecordAll, o => o.MaxRequestBodySize = 512);
        var padding = new string('x', 1024);

        using var response = await app.PostAsync(DocumentedWebhooks.Body("ACCOUNTS", "historical_update", $$"""{"total_accounts": 3, "padding": "{{padding}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(handled.All);
    }

    [Fact]
    public async Task A_missing_Authorization_option_stops_the_host_from_starting_without_naming_a_value()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ReceiverApp.StartAsync(new HandledWebhooks(), options: o => o.Authorization = " "));

        Assert.Contains("Authorization is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_never_show_the_Authorization_value()
    {
        var handled = new HandledWebhooks();
        await using var app = await ReceiverApp.StartAsync(handled);

        var options = app.Services.GetRequiredService<IOptions<BelvoWebhookOptions>>().Value;

        Assert.DoesNotContain("s3cr3t", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("Authorization = ***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_AddBelvoWebhooks_says_what_to_call()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => Microsoft.AspNetCore.Builder.BelvoWebhookEndpointRouteBuilderExtensions.MapBelvoWebhooks(app, "/belvo/webhooks"));

        Assert.Contains("AddBelvoWebhooks", error.Message, StringComparison.Ordinal);
    }
}
