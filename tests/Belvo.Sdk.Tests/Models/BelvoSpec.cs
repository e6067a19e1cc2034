using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Spec;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;
using Microsoft.OpenApi;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// The committed spec, loaded once, and the way from a spec schema to the generated C# type. The C# type comes
/// from the generator's schema map; everything the tests assert is checked against the spec itself.
/// </summary>
internal static class BelvoSpec
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<Overlay> LoadedOverlay = new(() => Overlay.Load(Path.Combine(Root.Value, "spec", "operations.yaml")));

    // The description the SDK is generated from: Belvo's current one plus the operations kept from 2023, as the
    // generator merges them.
    private static readonly Lazy<OpenApiDocument> LoadedDocument =
        new(() => SpecSource.Load(Path.Combine(Root.Value, "spec"), LoadedOverlay.Value.Spec, LoadedOverlay.Value.Legacy));

    private static readonly Lazy<ModelSet> BuiltModels = new(() => ModelBuilder.Build(
        LoadedDocument.Value,
        root => OperationBuilder.InlineRootName(LoadedOverlay.Value, root),
        root => OperationBuilder.IsGenerated(LoadedOverlay.Value, root)));

    private static readonly Lazy<OperationSet> BuiltOperations = new(() =>
        OperationBuilder.Build(LoadedDocument.Value, BuiltModels.Value, LoadedOverlay.Value));

    public static string RepositoryRoot => Root.Value;

    public static OpenApiDocument Document => LoadedDocument.Value;

    public static ModelSet Models => BuiltModels.Value;

    /// <summary>Gets the operation table the generator builds from the spec and <c>spec/operations.yaml</c>.</summary>
    public static OperationSet Operations => BuiltOperations.Value;

    public static IDictionary<string, IOpenApiSchema> Schemas => Document.Components!.Schemas!;

    /// <summary>The CLR type the generator maps a component schema to.</summary>
    public static Type TypeOfSchema(string schemaId) =>
        Models.SchemaTypes.TryGetValue(schemaId, out var type)
            ? ClrType(type)
            : throw new InvalidOperationException($"The generator maps no type to schema {schemaId}.");

    public static Type ClrType(TypeRef type) => type.Kind switch
    {
        TypeKind.Record or TypeKind.Enum => typeof(Link).Assembly.GetType($"Belvo.Sdk.Models.{type.Name}", throwOnError: true)!,
        TypeKind.List => typeof(IReadOnlyList<>).MakeGenericType(ClrType(type.Item!)),
        TypeKind.Page => typeof(BelvoPage<>).MakeGenericType(ClrType(type.Item!)),
        _ => throw new InvalidOperationException($"{type} is not a generated type."),
    };

    /// <summary>The metadata <see cref="BelvoJsonContext"/> holds for a type; fails when the type is not registered.</summary>
    public static JsonTypeInfo TypeInfo(Type type) =>
        BelvoJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"{type} is not registered in BelvoJsonContext.");

    /// <summary>Every 2xx JSON response of an operation outside Payments.</summary>
    public static IEnumerable<(string Operation, IOpenApiMediaType Media)> CoveredResponses()
    {
        foreach (var (path, item) in Document.Paths.Where(pair => !pair.Key.Contains("payment", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                foreach (var (status, response) in (operation.Responses ?? []).Where(pair => pair.Key.StartsWith('2')))
                {
                    if (response.Content?.TryGetValue("application/json", out var media) == true)
                    {
                        yield return ($"{method.Method.ToUpperInvariant()} {path} {status}", media);
                    }
                }
            }
        }
    }

    /// <summary>Every request body schema of an operation outside Payments.</summary>
    public static IEnumerable<IOpenApiSchema> CoveredRequestBodies() =>
        Document.Paths
            .Where(pair => !pair.Key.Contains("payment", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Operations ?? [])
            .Select(pair => pair.Value.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media) ? media.Schema : null)
            .OfType<IOpenApiSchema>();

    /// <summary>
    /// Every component schema reachable from the covered request bodies and 2xx responses, found by walking the
    /// spec here rather than trusting the generator's own walk.
    /// </summary>
    public static IReadOnlySet<string> CoveredSchemaIds()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var roots = CoveredResponses().Select(response => response.Media.Schema).OfType<IOpenApiSchema>().Concat(CoveredRequestBodies());
        foreach (var root in roots)
        {
            Walk(root, found);
        }

        return found;
    }

    private static void Walk(IOpenApiSchema schema, SortedSet<string> found)
    {
        if ((schema as OpenApiSchemaReference)?.Reference.Id is { } id && !found.Add(id))
        {
            return;
        }

        var children = (schema.Properties?.Values ?? [])
            .Concat(schema.Items is null ? [] : [schema.Items])
            .Concat(schema.OneOf ?? [])
            .Concat(schema.AnyOf ?? [])
            .Concat(schema.AllOf ?? []);
        foreach (var child in children)
        {
            Walk(child, found);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Belvo.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Belvo.Sdk.sln above {AppContext.BaseDirectory}.");
    }
}
