using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing;

/// <summary>A webhook the emulator finished sending: delivered (2xx) or given up after the last attempt.</summary>
public sealed class WebhookDelivery
{
    internal WebhookDelivery(JsonObject payload, int attempts, int? statusCode, bool succeeded)
    {
        WebhookId = (string?)payload["webhook_id"] ?? string.Empty;
        WebhookType = (string?)payload["webhook_type"] ?? string.Empty;
        WebhookCode = (string?)payload["webhook_code"] ?? string.Empty;
        LinkId = (string?)payload["link_id"] ?? string.Empty;
        Payload = payload.ToJsonString();
        Attempts = attempts;
        StatusCode = statusCode;
        Succeeded = succeeded;
    }

    /// <summary>The payload's <c>webhook_id</c> (32 hex characters).</summary>
    public string WebhookId { get; }

    /// <summary>The payload's <c>webhook_type</c>, such as <c>ACCOUNTS</c>.</summary>
    public string WebhookType { get; }

    /// <summary>The payload's <c>webhook_code</c>, such as <c>historical_update</c>.</summary>
    public string WebhookCode { get; }

    /// <summary>The payload's <c>link_id</c>.</summary>
    public string LinkId { get; }

    /// <summary>The JSON body that was posted.</summary>
    public string Payload { get; }

    /// <summary>How many times it was posted.</summary>
    public int Attempts { get; }

    /// <summary>The status code of the last attempt, or null when the last attempt got no response.</summary>
    public int? StatusCode { get; }

    /// <summary>Whether an attempt got a 2xx answer.</summary>
    public bool Succeeded { get; }

    /// <summary>The payload parsed as a JSON object (a new copy on each call).</summary>
    /// <returns>The parsed payload.</returns>
    public JsonObject ParsePayload() => JsonNode.Parse(Payload)!.AsObject();
}
