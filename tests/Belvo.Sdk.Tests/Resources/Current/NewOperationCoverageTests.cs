using System.Reflection;
using System.Text.Json.Nodes;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Generator.Spec;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Every operation Belvo's current description (spec/belvo-openapi.json, 1.223.0) has and its 2023 one
/// (spec/belvo-openapi-1.35.0.yaml) had not, outside Payments, and every background (<c>…InBackgroundAsync</c>)
/// method the generator adds, has a test through the public API marked <see cref="CoversAttribute"/>.
/// </summary>
public sealed class NewOperationCoverageTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The new operations, read from both pinned files as <c>operationId → METHOD /path/</c>.</summary>
    public static IReadOnlyDictionary<string, string> NewSpecOperations()
    {
        var overlay = Overlay.Load(Path.Combine(BelvoSpec.RepositoryRoot, "spec", "operations.yaml"));
        var specDirectory = Path.Combine(BelvoSpec.RepositoryRoot, "spec");
        var current = SpecSource.Read(specDirectory, overlay.Spec);
        var older = SpecSource.Read(specDirectory, overlay.Legacy!);
        var known = Operations(older).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        return Operations(current)
            .Where(o => !known.Contains(o.Key))
            .ToDictionary(o => o.OperationId, o => o.Key, StringComparer.Ordinal);
    }

    /// <summary>The SDK-only background methods, as <c>IInterface.Method</c> (their <c>…WithResponseAsync</c> twins are tested with them).</summary>
    public static IReadOnlyList<string> BackgroundExtras() =>
        typeof(BelvoClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface)
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(p => p.Method.Name.EndsWith("InBackgroundAsync", StringComparison.Ordinal))
            .Select(p => $"{p.Type.Name}.{p.Method.Name}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<(string Key, string OperationId)> Operations(JsonObject spec) =>
        from path in spec["paths"]!.AsObject()
        where !path.Key.Contains("payment", StringComparison.OrdinalIgnoreCase)
        from method in Methods
        let operation = path.Value![method]
        where operation is not null
        select ($"{method.ToUpperInvariant()} {path.Key.TrimEnd('/')}/", (string)operation["operationId"]!);

    private static Dictionary<string, List<string>> MarkedTests() =>
        typeof(NewOperationCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes<CoversAttribute>().Select(a => (a.Operation, Test: m)))
            .GroupBy(p => p.Operation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => $"{p.Test.DeclaringType!.Name}.{p.Test.Name}").ToList(), StringComparer.Ordinal);

    [Fact]
    public void The_spec_adds_52_operations_outside_Payments()
    {
        var added = NewSpecOperations();

        // belvo-api-current.md §2.2 counts 52; a new pin of either file must make someone look at this list again.
        Assert.Equal(52, added.Count);
        Assert.Equal("POST /api/links/{id}/refresh/", added["RefreshHistoricalDataForLink"]);
        Assert.Equal("POST /api/token/", added["GenerateWidgetAccessToken"]);
        Assert.DoesNotContain(added.Values, key => key.Contains("payment", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_generator_adds_background_methods_for_the_asynchronous_operations()
    {
        Assert.Equal(
            [
                "IBrazilEmploymentsClient.RetrieveInBackgroundAsync",
                "IChileDebtReportsClient.RetrieveInBackgroundAsync",
                "IChileInvoicesClient.RetrieveInBackgroundAsync",
                "IEmploymentRecordsClient.RetrieveInBackgroundAsync",
                "IFinancialStatementsClient.RetrieveInBackgroundAsync",
                "IInvoicesClient.RetrieveInBackgroundAsync",
                "ILinksClient.DeleteInBackgroundAsync",
                "ITransactionsClient.RetrieveInBackgroundAsync",
            ],
            BackgroundExtras());
    }

    [Fact]
    public void Every_new_operation_and_background_method_has_a_marked_test()
    {
        var marked = MarkedTests();
        var wanted = NewSpecOperations().Select(o => $"{o.Key} ({o.Value})").Concat(BackgroundExtras()).ToList();

        var missing = wanted.Where(w => !marked.ContainsKey(w.Split(' ')[0])).ToList();

        Assert.True(missing.Count == 0, "New operations without a [Covers] test:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_mark_names_a_new_operation_and_sits_on_a_test_that_runs()
    {
        var known = NewSpecOperations().Keys.Concat(BackgroundExtras()).ToHashSet(StringComparer.Ordinal);
        var tests = typeof(NewOperationCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<CoversAttribute>().Any())
            .ToList();

        Assert.NotEmpty(tests);
        foreach (var test in tests)
        {
            var fact = test.GetCustomAttribute<FactAttribute>();
            Assert.True(fact is not null, $"{test.DeclaringType!.Name}.{test.Name} is marked [Covers] but is not a test.");
            Assert.True(fact.Skip is null, $"{test.DeclaringType!.Name}.{test.Name} is skipped.");
            foreach (var mark in test.GetCustomAttributes<CoversAttribute>())
            {
                Assert.True(known.Contains(mark.Operation), $"{test.DeclaringType!.Name}.{test.Name} covers '{mark.Operation}', which is not a new operation.");
            }
        }
    }
}
