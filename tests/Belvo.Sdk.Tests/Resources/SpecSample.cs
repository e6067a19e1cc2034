using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Resources;

/// <summary>
/// Payloads for resources whose responses the spec gives no example of: one item built from the examples of
/// its schema's properties, and the check that the SDK's typed result holds exactly what that payload says.
/// </summary>
internal static class SpecSample
{
    /// <summary>The id every sample item carries, so tests can find it again.</summary>
    public static readonly Guid ItemId = Guid.Parse("8b1d5a33-5c5e-4f56-8f3e-5d3b2b0f9a11");

    /// <summary>An item of the component schema <paramref name="schemaId"/>, with <see cref="ItemId"/> as its id when it has one.</summary>
    public static JsonObject Item(string schemaId)
    {
        var item = SchemaSamples.Build(BelvoSpec.Schemas[schemaId])!.AsObject();
        if (item.ContainsKey("id"))
        {
            item["id"] = ItemId.ToString();
        }

        return item;
    }

    /// <summary>Asserts the SDK's typed <paramref name="actual"/> is, field for field, what <paramref name="expectedJson"/> says.</summary>
    public static void AssertReadAs<T>(JsonNode expectedJson, T actual)
    {
        var typeInfo = BelvoSpec.TypeInfo(typeof(T));
        var expected = JsonSerializer.Deserialize(expectedJson.ToJsonString(), typeInfo);
        var expectedText = JsonSerializer.Serialize(expected, typeInfo);
        var actualText = JsonSerializer.Serialize(actual, typeInfo);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expectedText), JsonNode.Parse(actualText)),
            $"The typed result differs from the payload.\nExpected: {expectedText}\nActual:   {actualText}");
    }
}
