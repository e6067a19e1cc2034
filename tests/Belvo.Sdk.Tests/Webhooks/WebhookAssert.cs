using System.Text.Json;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

/// <summary>Compares webhooks field by field: the record type, the envelope, the raw data and every typed property.</summary>
public static class WebhookAssert
{
    private static readonly JsonSerializerOptions Reflection = new();

    public static void Equivalent(BelvoWebhook expected, BelvoWebhook actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.IsType(expected.GetType(), actual);
        Assert.Equal(expected.WebhookId, actual.WebhookId);
        Assert.Equal(expected.WebhookType, actual.WebhookType);
        Assert.Equal(expected.WebhookCode, actual.WebhookCode);
        Assert.Equal(expected.ProcessType, actual.ProcessType);
        Assert.Equal(expected.LinkId, actual.LinkId);
        Assert.Equal(expected.RequestId, actual.RequestId);
        Assert.Equal(expected.ExternalId, actual.ExternalId);
        Assert.True(
            JsonElement.DeepEquals(expected.Data, actual.Data),
            $"data: expected {expected.Data.GetRawText()}, got {actual.Data.GetRawText()}");

        // The envelope's properties are [JsonIgnore]d, so this serializes exactly the typed data fields.
        Assert.Equal(
            JsonSerializer.Serialize(expected, expected.GetType(), Reflection),
            JsonSerializer.Serialize(actual, actual.GetType(), Reflection));
    }
}
