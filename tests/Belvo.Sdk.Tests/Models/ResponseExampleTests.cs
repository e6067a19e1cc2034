using System.Text.Json;
using System.Text.Json.Nodes;

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
    public void Examples_given_as_references_to_components_examples_are_resolved()
    {
        // 1.223.0 writes all of its 93 covered response examples as $refs to components/examples; the operations kept
        // from 1.35.0 write theirs in place.
        var current = SpecExamples.Responses.Keys.Count(key => !BelvoSpec.IsLegacy(RootOf(key)));

        Assert.Equal(93, SpecExamples.ReferencedExamples);
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
