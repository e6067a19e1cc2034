using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Spec;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// Every covered object schema, filled from its properties' examples, read into its generated type and written
/// back; request schemas must write every property the spec requires; enum schema examples read as their enum.
/// </summary>
public sealed class SchemaSampleTests
{
    public static TheoryData<string> ObjectSchemas() =>
    [
        .. BelvoSpec.CoveredSchemaIds().Where(id => BelvoSpec.Schemas[id].HasProperties() && !BelvoSpec.Schemas[id].IsPage()),
    ];

    public static TheoryData<string> EnumSchemas() =>
        [.. BelvoSpec.CoveredSchemaIds().Where(id => BelvoSpec.Schemas[id].IsEnum())];

    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Sample_reads_every_property_and_writes_it_back(string schemaId)
    {
        var schema = BelvoSpec.Schemas[schemaId];
        var type = BelvoSpec.TypeOfSchema(schemaId);
        var typeInfo = BelvoSpec.TypeInfo(type);
        var sample = SchemaSamples.Build(schema)!;

        var model = JsonSerializer.Deserialize(sample.ToJsonString(), typeInfo);

        Assert.IsType(type, model);
        Assert.Empty(ModelGraph.UnmappedFields(model));
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, typeInfo))!;
        Assert.Empty(JsonEquivalence.Differences(sample, written));
        if (BelvoSpec.Models.Types.Single(generated => generated.Name == type.Name).IsRequestOnly)
        {
            var defined = schema.Required?.Where(schema.Properties!.ContainsKey) ?? [];
            Assert.All(defined, name => Assert.True(written.AsObject().ContainsKey(name), $"{schemaId} did not write required '{name}'."));
        }
    }

    [Theory]
    [MemberData(nameof(EnumSchemas))]
    public void Enum_schema_example_reads_as_its_enum(string schemaId)
    {
        var schema = BelvoSpec.Schemas[schemaId];
        var type = BelvoSpec.TypeOfSchema(schemaId);
        var value = schema.SpecExample() is { } example && !JsonNullSentinel.IsJsonNullSentinel(example)
            ? example.GetValue<string>()
            : schema.EnumValues()[0];

        var read = JsonSerializer.Deserialize($"\"{value}\"", BelvoSpec.TypeInfo(type));
        var written = JsonSerializer.Serialize(read, BelvoSpec.TypeInfo(type));

        Assert.Equal(value, read?.ToString());
        Assert.Equal(JsonSerializer.Serialize(value), written);
        Assert.Contains(value, schema.EnumValues());
    }

    [Fact]
    public void Every_union_variant_sample_is_read_back_as_that_variant()
    {
        var unions = BelvoSpec.Models.Unions.ToList();
        Assert.Equal(5, unions.Count);
        foreach (var union in unions)
        {
            var baseType = BelvoSpec.ClrType(Generator.Model.TypeRef.Record(union.Name));
            foreach (var variant in union.Variants)
            {
                var sample = SchemaSamples.Build(BelvoSpec.Schemas[variant.SchemaIds[0]])!.ToJsonString();

                var model = JsonSerializer.Deserialize(sample, BelvoSpec.TypeInfo(baseType));

                Assert.True(model?.GetType().Name == variant.Name, $"A {variant.Name} sample was read as {model?.GetType().Name}.");
            }
        }
    }

    [Fact]
    public void Example_ids_written_as_uuid_plus_x_are_repaired_and_nothing_else_changes()
    {
        var original = JsonNode.Parse("""{"id":"c21f3914-bcbe-44c4-a2e8-a5e33f6888d4X","name":"FIX X","ids":["0f82c5db-13a2-43c7-a69a-e036160aba3aX"]}""");

        var repaired = SpecExamples.Repair(original)!.ToJsonString();

        Assert.Equal("""{"id":"c21f3914-bcbe-44c4-a2e8-a5e33f6888d4","name":"FIX X","ids":["0f82c5db-13a2-43c7-a69a-e036160aba3a"]}""", repaired);
        Assert.True(SpecExamples.Responses.Count > 0 && SpecExamples.RepairedIds > 0, "The spec's stray-X IDs are expected in its examples.");
    }

    [Fact]
    public void Default_enum_value_is_empty_and_equal_to_the_empty_value()
    {
        Assert.Equal(string.Empty, default(LinkStatus).Value);
        Assert.Equal(new LinkStatus(string.Empty), default);
        Assert.Equal(LinkStatus.Valid, LinkStatus.FromValue("valid"));
        Assert.Equal("token_required", LinkStatus.TokenRequired.ToString());
        Assert.Equal(typeof(LinkStatus), BelvoJsonContext.Default.LinkStatus.Type);
    }
}
