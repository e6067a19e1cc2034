using System.Reflection;
using Belvo.Sdk.Tests.Models;
using Refit;

namespace Belvo.Sdk.Tests.Fidelity;

/// <summary>
/// Every operation of Belvo's OpenAPI description outside Payments must be reachable through the facade: a
/// Refit method sends it (same HTTP method, same path plus the trailing slash the real API expects), and the
/// Refit interface is used by a resource client exposed on <see cref="IBelvoClient"/>.
/// </summary>
public sealed class OperationCoverageTests
{
    private static readonly Assembly Sdk = typeof(BelvoClient).Assembly;

    private static IEnumerable<(string Method, string Path)> SpecOperations() =>
        BelvoSpec.Document.Paths
            .Where(pair => !pair.Key.Contains("payment", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => (pair.Value.Operations ?? []).Select(op => (op.Key.Method.ToUpperInvariant(), pair.Key.TrimEnd('/') + "/")));

    private static IEnumerable<(Type Api, string Method, string Path)> RefitOperations() =>
        from type in Sdk.GetTypes()
        where type.IsInterface
        from method in type.GetMethods()
        let attribute = method.GetCustomAttribute<HttpMethodAttribute>()
        where attribute is not null
        select (type, attribute.Method.Method, attribute.Path);

    [Fact]
    public void Every_non_payments_operation_of_the_spec_has_a_Refit_method()
    {
        var sent = RefitOperations().Select(o => (o.Method, o.Path)).ToHashSet();
        var operations = SpecOperations().ToList();

        var missing = operations.Where(o => !sent.Contains(o)).Select(o => $"{o.Method} {o.Path}").ToList();

        Assert.True(missing.Count == 0, "Operations without a method:\n" + string.Join('\n', missing));
        // 116 operations of Belvo's current description (1.223.0) and 20 kept from 2023 (spec/operations.yaml's legacy paths).
        Assert.Equal(136, operations.Count);
    }

    /// <summary>
    /// The 84 operations of Belvo's 2023 description (1.35.0) outside Payments are still callable: 64 are in 1.223.0
    /// and 20 are kept from 1.35.0 (spec/operations.yaml, <c>legacy.paths</c>). Path parameters are compared by
    /// position, since 1.223.0 renamed some of them.
    /// </summary>
    [Fact]
    public void Every_non_payments_operation_of_the_2023_description_is_still_callable()
    {
        var sent = RefitOperations().Select(o => (o.Method, Normalize(o.Path))).ToHashSet();
        var legacy = BelvoSpec.LegacyDocument["paths"]!.AsObject()
            .Where(pair => !pair.Key.Contains("payment", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value!.AsObject()
                .Where(op => op.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => (Method: op.Key.ToUpperInvariant(), Path: Normalize(pair.Key))))
            .ToList();

        var missing = legacy.Where(o => !sent.Contains(o)).Select(o => $"{o.Method} {o.Path}").ToList();

        Assert.Equal(84, legacy.Count);
        Assert.True(missing.Count == 0, "1.35.0 operations no longer callable:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_Refit_interface_is_reachable_from_the_facade()
    {
        var facadeTypes = typeof(IBelvoClient).GetProperties().Select(p => p.PropertyType).ToList();
        var implementations = Sdk.GetTypes().Where(t => t.IsClass && !t.IsAbstract).ToList();

        foreach (var api in RefitOperations().Select(o => o.Api).Distinct())
        {
            var owners = implementations.Where(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Any(f => f.FieldType == api)).ToList();
            Assert.True(owners.Count > 0, $"{api.Name} is used by no resource client.");
            Assert.Contains(owners, owner => facadeTypes.Any(facade => facade.IsAssignableFrom(owner)));
        }
    }

    [Fact]
    public void Every_Refit_path_ends_with_a_slash_and_never_leaks_into_the_public_API()
    {
        foreach (var (api, method, path) in RefitOperations())
        {
            Assert.EndsWith("/", path, StringComparison.Ordinal);
            Assert.StartsWith("/", path, StringComparison.Ordinal);
            Assert.False(api.IsPublic, $"{api.Name} ({method} {path}) is public: Refit interfaces must stay internal.");
        }
    }

    [Fact]
    public void No_hand_written_file_declares_a_Refit_operation()
    {
        var source = Path.Combine(BelvoSpec.RepositoryRoot, "src", "Belvo.Sdk");
        var generated = Path.Combine(source, "Resources", "Generated") + Path.DirectorySeparatorChar;
        var declaring = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(path), @"^\s*\[(Get|Post|Put|Patch|Delete)\(""", System.Text.RegularExpressions.RegexOptions.Multiline))
            .ToList();

        Assert.NotEmpty(declaring);
        Assert.All(declaring, path => Assert.StartsWith(generated, path, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var publicMethods = Sdk.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            .Where(m => !m.IsSpecialName)
            .ToList();

        Assert.NotEmpty(publicMethods);
        foreach (var method in publicMethods)
        {
            var last = method.GetParameters().LastOrDefault();
            Assert.True(last?.ParameterType == typeof(CancellationToken), $"{method.DeclaringType!.Name}.{method.Name} has no CancellationToken as its last parameter.");
        }
    }

    /// <summary>The path with a trailing slash and every parameter written <c>{}</c>.</summary>
    private static string Normalize(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path.TrimEnd('/') + "/", @"\{[^}]*\}", "{}");
}
