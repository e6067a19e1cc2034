using System.Reflection;
using System.Text.Json.Serialization;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Every documented property of every covered schema has a C# property with that wire name, and no more.</summary>
public sealed class FieldCoverageTests
{
    /// <summary>
    /// Documented properties the SDK deliberately leaves untyped (<c>schema.wire_name</c>). Empty today: every
    /// documented field is mapped. An entry here must say why; the field would still arrive in AdditionalProperties.
    /// </summary>
    private static readonly HashSet<string> DeliberateOmissions = new(StringComparer.Ordinal);

    public static TheoryData<string> CoveredObjectSchemas() =>
    [
        .. BelvoSpec.CoveredSchemaIds().Where(id => BelvoSpec.Schemas[id].HasProperties() && !BelvoSpec.Schemas[id].IsPage()),
    ];

    [Theory]
    [MemberData(nameof(CoveredObjectSchemas))]
    public void Every_documented_property_has_a_csharp_property(string schemaId)
    {
        var documented = BelvoSpec.Schemas[schemaId].Properties!.Keys.ToHashSet(StringComparer.Ordinal);
        var modelled = WireNames(BelvoSpec.TypeOfSchema(schemaId));

        var missing = documented.Where(name => !modelled.Contains(name) && !DeliberateOmissions.Contains($"{schemaId}.{name}"));
        var invented = modelled.Where(name => !documented.Contains(name));

        Assert.Empty(missing);
        Assert.Empty(invented);
    }

    [Fact]
    public void Every_covered_schema_maps_to_a_type_and_page_wrappers_to_belvo_page()
    {
        var covered = BelvoSpec.CoveredSchemaIds();

        // The walk here and the generator's own scope must agree on what is covered.
        var generated = BelvoSpec.Models.SchemaTypes.Keys.ToList();
        Assert.Empty(covered.Except(generated, StringComparer.Ordinal));
        Assert.Empty(generated.Except(covered, StringComparer.Ordinal));
        Assert.True(covered.Count > 200, $"Only {covered.Count} schemas are covered.");
        foreach (var id in covered)
        {
            var type = BelvoSpec.TypeOfSchema(id);
            if (BelvoSpec.Schemas[id].IsPage())
            {
                Assert.Equal(typeof(BelvoPage<>), type.GetGenericTypeDefinition());
                Assert.Equal(["count", "next", "previous", "results"], BelvoSpec.Schemas[id].Properties!.Keys.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Every_generated_record_keeps_unknown_fields()
    {
        // The generated records (hand-written types share the namespace: widget tokens, the enum converter).
        var generated = BelvoSpec.Models.Records.Where(record => record.Union is null).Select(record => record.Name).ToHashSet(StringComparer.Ordinal);
        var records = typeof(Sdk.Models.Link).Assembly.GetTypes()
            .Where(type => type.Namespace == "Belvo.Sdk.Models" && type.IsPublic && type.IsClass && generated.Contains(type.Name))
            .ToList();

        Assert.True(records.Count > 100);
        Assert.All(records, type => Assert.NotNull(type.GetProperty("AdditionalProperties")?.GetCustomAttribute<JsonExtensionDataAttribute>()));
    }

    private static HashSet<string> WireNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
