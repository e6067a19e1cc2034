using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Every 2xx response example of the covered operations, read into the generated types and written back.</summary>
public sealed class ResponseExampleTests
{
    public static TheoryData<string> Examples() => SpecExamples.ResponseKeys();

    public static TheoryData<string> ResponseRoots() =>
        [.. BelvoSpec.Roots.Where(root => root.Root.Status is not null).Select(root => root.Root.ToString())];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_maps_every_field_and_survives_a_round_trip(string key)
    {
        var (type, json) = SpecExamples.Responses[key];
        var typeInfo = BelvoSpec.TypeInfo(type);

        var model = JsonSerializer.Deserialize(json, typeInfo);

        Assert.NotNull(model);
        Assert.Empty(KnownSpecGaps.Unexplained(ModelGraph.UnmappedFields(model)));
        var written = JsonSerializer.Serialize(model, typeInfo);
        Assert.Empty(JsonEquivalence.Differences(JsonNode.Parse(json), JsonNode.Parse(written)));
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, typeInfo), typeInfo));
    }

    /// <summary>
    /// Every generated record reader is the one the SDK reads its record with. The resolver finds a reader through a
    /// bucket computed from the type's name; a bucket the generator and the resolver computed differently would fall
    /// back to the (equal but slower) metadata without any other test noticing.
    /// </summary>
    [Fact]
    public void Every_generated_reader_is_what_the_SDK_reads_its_record_with()
    {
        var readers = typeof(BelvoJson).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(BelvoJson).Namespace && type.Name.EndsWith("Reader", StringComparison.Ordinal))
            .Select(type => (Reader: type, Record: type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(JsonConverter<>) ? baseType.GetGenericArguments()[0] : null))
            .Where(pair => pair.Record is not null)
            .ToList();

        Assert.Equal(193, readers.Count);
        Assert.All(readers, pair => Assert.IsType(pair.Reader, BelvoJson.Read(pair.Record!).Converter));
    }

    /// <summary>
    /// The generated readers the SDK reads responses with and System.Text.Json's own metadata for the same types read
    /// every example to the same values: written back through the same metadata, the two are identical.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Generated_readers_read_each_example_as_the_serializer_metadata_does(string key)
    {
        var (type, json) = SpecExamples.Responses[key];
        var metadata = BelvoSpec.ContextTypeInfo(type);

        var byReaders = JsonSerializer.Deserialize(json, BelvoSpec.TypeInfo(type));
        var byMetadata = JsonSerializer.Deserialize(json, metadata);

        Assert.Equal(JsonSerializer.Serialize(byMetadata, metadata), JsonSerializer.Serialize(byReaders, metadata));
    }

    /// <summary>
    /// "Required ≠ non-null" (1.223.0's own words): a required response field the spec's examples send as null must
    /// read, and must land in a property whose C# type admits null. Value types fail the read itself; this checks
    /// reference types, whose nullability the compiler alone enforces.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_nulls_land_only_in_nullable_properties(string key)
    {
        var (type, json) = SpecExamples.Responses[key];

        var model = JsonSerializer.Deserialize(json, BelvoSpec.TypeInfo(type));

        var nulls = ModelGraph.NullsInNonNullableProperties(model).Distinct(StringComparer.Ordinal);

        var unexplained = nulls.Where(name => !KnownSpecGaps.NullsInLegacyExamples.ContainsKey(name) || !BelvoSpec.IsLegacy(RootOf(key))).ToList();

        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_listed_null_in_a_legacy_example_is_still_there()
    {
        var nulls = SpecExamples.Responses
            .Where(pair => BelvoSpec.IsLegacy(RootOf(pair.Key)))
            .SelectMany(pair => ModelGraph.NullsInNonNullableProperties(JsonSerializer.Deserialize(pair.Value.Json, BelvoSpec.TypeInfo(pair.Value.Type))))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownSpecGaps.NullsInLegacyExamples.Keys, name => Assert.Contains(name, nulls));
    }

    /// <summary>
    /// Every response, examples or not (most of 1.223.0's have none), built from its schema's property examples and
    /// read through the type the resource reads it with: pages of <c>allOf</c> wrappers, arrays of unions, objects.
    /// </summary>
    [Theory]
    [MemberData(nameof(ResponseRoots))]
    public void Response_sample_reads_through_the_answer_type_and_survives_a_round_trip(string rootName)
    {
        var (root, type) = BelvoSpec.Roots.Single(candidate => candidate.Root.ToString() == rootName);
        var typeInfo = BelvoSpec.TypeInfo(type);
        var sample = SchemaSamples.Build(root.Schema, rootName)!;

        var model = JsonSerializer.Deserialize(sample.ToJsonString(), typeInfo);

        Assert.IsType(type, model, exactMatch: false);
        Assert.Empty(ModelGraph.UnmappedFields(model));
        Assert.Empty(JsonEquivalence.Differences(sample, JsonNode.Parse(JsonSerializer.Serialize(model, typeInfo))));
    }

    [Fact]
    public void Every_listed_example_only_field_is_still_in_some_example()
    {
        var unmapped = SpecExamples.Responses.Values
            .SelectMany(example => ModelGraph.UnmappedFields(JsonSerializer.Deserialize(example.Json, BelvoSpec.TypeInfo(example.Type))))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownSpecGaps.ExampleFields, pair => Assert.True(unmapped.Contains(pair.Key), $"{pair.Key} is listed but no example sends it any more."));
        Assert.All(KnownSpecGaps.ExampleFields.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Examples_given_as_references_to_components_examples_are_resolved()
    {
        // 1.223.0 writes all of its 93 covered response examples as $refs to components/examples; of the operations
        // kept from 1.35.0, the balances write theirs as $refs too (8), the others in place.
        var current = SpecExamples.Responses.Keys.Count(key => !BelvoSpec.IsLegacy(RootOf(key)));

        Assert.Equal(101, SpecExamples.ReferencedExamples);
        Assert.Equal(93, current);
        Assert.True(SpecExamples.Responses.Count > current, "The operations kept from 1.35.0 bring examples of their own.");
    }

    [Fact]
    public void Every_covered_operation_with_examples_is_exercised()
    {
        string[] expected =
        [
            "GET /api/accounts/{id}/ 200 AccountsOfdaLoanData",
            "POST /api/accounts/ 201 AccountsOfdaCreditCard",
            "GET /api/owners/ 200 OwnerBusinessOfdaPaginated",
            "POST /api/owners/ 200 OwnerIndividualOfda",
            "GET /api/employment-records/{id}/ 200 ISSSTE",
            "POST /api/invoices/ 201 InvoicePago",
            "GET /api/invoices/{id}/ 200 InvoiceNomina",
            "GET /api/tax-returns/ 200 TaxReturnBusinessMonthly",
            "GET /api/tax-status/ 200 TaxStatusBusinessListPaginated",
            "GET /api/cl/invoices/ 200 ChileInvoicesAll",
            "POST /api/cl/invoices/ 200 SaleInvoiceArray",
        ];

        Assert.All(expected, key => Assert.Contains(key, SpecExamples.Responses.Keys));
        Assert.True(SpecExamples.Responses.Count >= 100, $"Only {SpecExamples.Responses.Count} response examples were found.");
    }

    private static Generator.Model.SpecRoot RootOf(string exampleKey) =>
        BelvoSpec.Roots.First(root => exampleKey.StartsWith(root.Root.ToString() + " ", StringComparison.Ordinal)).Root;
}
