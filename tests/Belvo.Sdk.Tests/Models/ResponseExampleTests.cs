using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Every 2xx response example of the covered operations, read into the generated types and written back.</summary>
public sealed class ResponseExampleTests
{
    public static TheoryData<string> Examples() => SpecExamples.ResponseKeys();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_maps_every_field_and_survives_a_round_trip(string key)
    {
        var (schemaId, json) = SpecExamples.Responses[key];
        var type = BelvoSpec.TypeOfSchema(schemaId);
        var typeInfo = BelvoSpec.TypeInfo(type);

        var model = JsonSerializer.Deserialize(json, typeInfo);

        Assert.NotNull(model);
        Assert.Empty(KnownSpecGaps.Unexplained(ModelGraph.UnmappedFields(model)));
        var written = JsonSerializer.Serialize(model, typeInfo);
        Assert.Empty(JsonEquivalence.Differences(JsonNode.Parse(json), JsonNode.Parse(written)));
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, typeInfo), typeInfo));
    }

    [Fact]
    public void Every_covered_operation_with_examples_is_exercised()
    {
        Assert.True(SpecExamples.Responses.Count >= 60, $"Only {SpecExamples.Responses.Count} response examples were found.");
        Assert.Contains(SpecExamples.Responses.Keys, key => key.StartsWith("POST /api/invoices 201", StringComparison.Ordinal));
        Assert.Contains(SpecExamples.Responses.Keys, key => key.StartsWith("GET /api/tax-returns 200", StringComparison.Ordinal));
    }
}
