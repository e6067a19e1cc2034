using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Spec;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// Every covered object schema, component or inline, filled from its properties' examples, read into its generated
/// type and written back; request schemas must write every property the spec requires; enum schema examples read as
/// their enum; every union variant's sample reads back as that variant.
/// </summary>
public sealed class SchemaSampleTests
{
    public static TheoryData<string> ObjectSchemas() => [.. BelvoSpec.All.Objects.Keys];

    public static TheoryData<string> EnumSchemas() => [.. BelvoSpec.All.Enums.Keys];

    public static TheoryData<string> RequestRoots() =>
        [.. BelvoSpec.Roots.Where(root => root.Root.Status is null).Select(root => root.Root.ToString())];

    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Sample_reads_every_property_and_writes_it_back(string key)
    {
        var node = BelvoSpec.All.Objects[key];
        var typeInfo = BelvoSpec.TypeInfo(node.Type);
        var sample = SchemaSamples.Build(node.Schema, key)!;

        var model = JsonSerializer.Deserialize(sample.ToJsonString(), typeInfo);

        Assert.IsType(node.Type, model);
        Assert.Empty(ModelGraph.UnmappedFields(model));
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, typeInfo))!;
        Assert.Empty(JsonEquivalence.Differences(sample, written));
        if (node.Direction == Direction.Request)
        {
            Assert.All(DefinedRequired(node.Schema), name => Assert.True(written.AsObject().ContainsKey(name), $"{key} did not write required '{name}'."));
        }
    }

    /// <summary>
    /// Every object schema's sample reads the same through the generated reader the SDK uses and through
    /// System.Text.Json's per-property metadata: written back through the same metadata, the two are identical.
    /// </summary>
    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Generated_reader_reads_the_sample_as_the_serializer_metadata_does(string key)
    {
        var node = BelvoSpec.All.Objects[key];
        var metadata = BelvoSpec.ContextTypeInfo(node.Type);
        var sample = SchemaSamples.Build(node.Schema, key)!.ToJsonString();

        var byReader = JsonSerializer.Deserialize(sample, BelvoSpec.TypeInfo(node.Type));
        var byMetadata = JsonSerializer.Deserialize(sample, metadata);

        Assert.Equal(JsonSerializer.Serialize(byMetadata, metadata), JsonSerializer.Serialize(byReader, metadata));
    }

    /// <summary>Each request body, as a whole (a union's first variant), writes the names its schema requires.</summary>
    [Theory]
    [MemberData(nameof(RequestRoots))]
    public void Request_body_sample_serialises_with_its_required_names(string rootName)
    {
        var (root, type) = BelvoSpec.Roots.Single(candidate => candidate.Root.ToString() == rootName);
        var sample = SchemaSamples.Build(root.Schema, rootName)!;
        var schema = root.Schema.Alternatives() is { Count: > 0 } alternatives ? alternatives[0] : root.Schema;

        var model = JsonSerializer.Deserialize(sample.ToJsonString(), BelvoSpec.TypeInfo(type));
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, BelvoSpec.TypeInfo(type)))!.AsObject();

        var required = DefinedRequired(schema.AllOf is { Count: > 0 } ? SchemaFacts.Flatten(schema) : schema);
        Assert.All(required, name => Assert.True(written.ContainsKey(name), $"{rootName} did not write required '{name}'."));
        Assert.Empty(JsonEquivalence.Differences(sample, written));
    }

    [Theory]
    [MemberData(nameof(EnumSchemas))]
    public void Enum_schema_example_reads_as_its_enum(string key)
    {
        var node = BelvoSpec.All.Enums[key];
        var example = node.Schema.SpecExample() is { } given && !JsonNullSentinel.IsJsonNullSentinel(given) ? given : node.Schema.Enum!.First(value => value is not null && !JsonNullSentinel.IsJsonNullSentinel(value));
        var json = example!.ToJsonString();

        var read = JsonSerializer.Deserialize(json, BelvoSpec.TypeInfo(node.Type));
        var written = JsonSerializer.Serialize(read, BelvoSpec.TypeInfo(node.Type));

        Assert.IsType(node.Type, read);
        Assert.Equal(json, written);
        if (SpecWalk.IsExtensibleEnum(node.Type))
        {
            var value = example.GetValue<string>();
            Assert.Contains(value, node.Schema.EnumValues());
            Assert.Equal(value, read!.ToString());

            // A known value, not merely kept: the enum has a member for it.
            Assert.Contains(node.Type.GetProperties().Where(property => property.PropertyType == node.Type), member => Equals(member.GetValue(null), read));
        }
        else
        {
            Assert.Contains(Convert.ToString(read, CultureInfo.InvariantCulture), node.Schema.EnumValues());
        }
    }

    [Fact]
    public void Every_union_variant_sample_is_read_back_as_that_variant()
    {
        var unions = BelvoSpec.Models.Unions.ToList();
        Assert.Equal(["LinkRegistration", "Owner", "TaxDeclaration", "TaxReturn", "TaxReturnsRetrieveRequest"], unions.Select(union => union.Name).Order(StringComparer.Ordinal));
        foreach (var union in unions)
        {
            var baseType = BelvoSpec.ClrType(TypeRef.Record(union.Name));
            foreach (var variant in union.Variants)
            {
                var sample = SchemaSamples.Build(BelvoSpec.Schemas[variant.SchemaIds[0]], variant.SchemaIds[0])!.ToJsonString();

                var model = JsonSerializer.Deserialize(sample, BelvoSpec.TypeInfo(baseType));

                Assert.True(model?.GetType().Name == variant.Name, $"A {variant.Name} sample was read as {model?.GetType().Name}.");
            }
        }
    }

    [Fact]
    public void The_walk_finds_every_schema_the_generator_maps_and_no_shape_the_sdk_cannot_hold()
    {
        var walked = BelvoSpec.All.Objects.Keys.Concat(BelvoSpec.All.Enums.Keys).Where(key => !key.StartsWith("inline ", StringComparison.Ordinal));
        var mapped = BelvoSpec.Models.SchemaTypes
            .Where(pair => pair.Value.Kind is TypeKind.Record or TypeKind.Enum || BelvoSpec.Schemas[pair.Key].IsEnum())
            .Select(pair => pair.Key);

        Assert.Empty(BelvoSpec.All.ShapeProblems);
        var missed = mapped.Except(walked, StringComparer.Ordinal).Where(id => !IsUnionAlias(id)).ToList();
        Assert.True(missed.Count == 0, $"The walk never met {string.Join(", ", missed)}.");
        Assert.True(BelvoSpec.All.Objects.Count > 200, $"Only {BelvoSpec.All.Objects.Count} object schemas were walked.");
        Assert.Contains(BelvoSpec.All.Objects.Keys, key => key.StartsWith("inline ", StringComparison.Ordinal));
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
    public void Wrong_property_examples_are_exactly_the_listed_ones()
    {
        // Every date-formatted property example in the covered spec that is not a date: the list must name all of them
        // with the value, and nothing else.
        var wrong = BelvoSpec.All.Objects.Values
            .SelectMany(node => node.Schema.Properties!.Select(pair => (Field: $"{node.Key}.{pair.Key}", Schema: pair.Value)))
            .Where(pair => pair.Schema.Format == "date" && pair.Schema.SpecExample() is JsonValue value
                && value.GetValueKind() == JsonValueKind.String && !JsonNullSentinel.IsJsonNullSentinel(value)
                && !DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .ToDictionary(pair => pair.Field, pair => pair.Schema.SpecExample()!.GetValue<string>(), StringComparer.Ordinal);

        Assert.Equal(KnownSpecGaps.WrongPropertyExamples.OrderBy(pair => pair.Key, StringComparer.Ordinal), wrong.OrderBy(pair => pair.Key, StringComparer.Ordinal));
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

    private static List<string> DefinedRequired(IOpenApiSchema schema) =>
        [.. (schema.Required ?? new HashSet<string>()).Where(name => schema.Properties?.ContainsKey(name) == true)];

    /// <summary>A <c>oneOf</c> alias schema maps to its union's base, which no walk meets as an object of its own.</summary>
    private static bool IsUnionAlias(string schemaId) => BelvoSpec.Schemas[schemaId].Alternatives().Count > 0;
}
