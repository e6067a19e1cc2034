using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Xunit.Abstractions;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// Every documented property of every covered schema has a C# property with that wire name, a type that holds the
/// documented values and <c>?</c> where the spec allows null; and no C# property is invented.
/// </summary>
public sealed class FieldCoverageTests(ITestOutputHelper output)
{
    /// <summary>The project's floor: the share of 1.223.0's documented response fields the SDK types.</summary>
    private const decimal RequiredCoverage = 0.99m;

    public static TheoryData<string> CoveredObjectSchemas() => [.. BelvoSpec.All.Objects.Keys];

    [Theory]
    [MemberData(nameof(CoveredObjectSchemas))]
    public void Every_documented_property_has_a_csharp_property(string key)
    {
        var node = BelvoSpec.All.Objects[key];
        var documented = node.Schema.Properties!.Keys.ToHashSet(StringComparer.Ordinal);
        var modelled = SpecWalk.WireProperties(node.Type).Keys;

        var untyped = BelvoSpec.All.Fields.Values
            .Where(field => field.Schema == key && !field.Typed && !KnownSpecGaps.UntypedFields.ContainsKey(field.Name))
            .Select(field => $"{field.Name}: {field.Problem}");
        var invented = modelled.Where(name => !documented.Contains(name));

        Assert.Empty(untyped);
        Assert.Empty(invented);
    }

    /// <summary>
    /// At least 99% of the response fields Belvo's current description (1.223.0) documents are typed; each one that
    /// is not is listed, with the reason, in <see cref="KnownSpecGaps.UntypedFields"/>, and each one listed is really
    /// untyped. Counted once per schema and property, inline schemas included.
    /// </summary>
    [Fact]
    public void At_least_99_percent_of_the_current_descriptions_response_fields_are_typed()
    {
        var fields = BelvoSpec.CurrentResponses.Fields.Values.ToList();
        var untyped = fields.Where(field => !field.Typed).ToList();
        var typed = fields.Count - untyped.Count;
        var coverage = (decimal)typed / fields.Count;

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"1.223.0 response fields: {fields.Count} documented, {typed} typed ({coverage:P2}), {untyped.Count} exceptions."));
        foreach (var field in untyped)
        {
            output.WriteLine($"  {field.Name}: {field.Problem} ({KnownSpecGaps.UntypedFields.GetValueOrDefault(field.Name, "NOT LISTED")})");
        }

        Assert.True(fields.Count > 2000, $"Only {fields.Count} documented response fields were found; the walk missed schemas.");
        Assert.True(coverage >= RequiredCoverage, $"{coverage:P2} of 1.223.0's response fields are typed; the floor is {RequiredCoverage:P0}.");
        Assert.Equal(
            KnownSpecGaps.UntypedFields.Keys.Order(StringComparer.Ordinal),
            BelvoSpec.All.Fields.Values.Where(field => !field.Typed).Select(field => field.Name).Order(StringComparer.Ordinal));
        Assert.All(KnownSpecGaps.UntypedFields.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Every_generated_record_keeps_unknown_fields()
    {
        // The generated records, union variants included (hand-written types share the namespace: widget tokens, the enum converter).
        var generated = BelvoSpec.Models.Records.Select(record => record.Name).ToHashSet(StringComparer.Ordinal);
        var records = typeof(Sdk.Models.Link).Assembly.GetTypes()
            .Where(type => type.Namespace == "Belvo.Sdk.Models" && type.IsPublic && type.IsClass && generated.Contains(type.Name))
            .ToList();

        Assert.Equal(generated.Count, records.Count);
        Assert.True(records.Count > 300);
        Assert.All(records, type => Assert.NotNull(type.GetProperty("AdditionalProperties")?.GetCustomAttribute<JsonExtensionDataAttribute>()));
    }
}
