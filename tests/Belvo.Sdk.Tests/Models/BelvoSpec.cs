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

    /// <summary>Belvo's 2023 description (1.35.0) as committed and pinned, unmerged: the operations users called then.</summary>
    public static System.Text.Json.Nodes.JsonObject LegacyDocument =>
        SpecSource.Read(Path.Combine(Root.Value, "spec"), LoadedOverlay.Value.Legacy ?? throw new InvalidOperationException("spec/operations.yaml pins no legacy description."));

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
        _ => Builtins.TryGetValue(type.Name, out var builtin) ? builtin : throw new InvalidOperationException($"{type} is not a known type."),
    };

    private static readonly Dictionary<string, Type> Builtins = new(StringComparer.Ordinal)
    {
        ["string"] = typeof(string),
        ["int"] = typeof(int),
        ["long"] = typeof(long),
        ["decimal"] = typeof(decimal),
        ["bool"] = typeof(bool),
        ["Guid"] = typeof(Guid),
        ["DateOnly"] = typeof(DateOnly),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["JsonElement"] = typeof(System.Text.Json.JsonElement),
    };

    /// <summary>
    /// The metadata the SDK reads a type with (the generated reader of a record Belvo returns, <see cref="BelvoJsonContext"/>'s
    /// metadata for anything else); writing through it goes through <see cref="BelvoJsonContext"/>. Fails when the
    /// type is not registered.
    /// </summary>
    public static JsonTypeInfo TypeInfo(Type type) => BelvoJson.Read(type);

    /// <summary>The per-property metadata <see cref="BelvoJsonContext"/> holds for a type, which the generated readers must agree with.</summary>
    public static JsonTypeInfo ContextTypeInfo(Type type) =>
        BelvoJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"{type} is not registered in BelvoJsonContext.");

    /// <summary>
    /// Every request body and 2xx JSON response the SDK covers (both descriptions' operations as merged), with the C#
    /// type the generator gave it; inline schemas included. A request body replaced by a hand-written type (the widget
    /// token's, which carries the secret keys) is not generated and not listed.
    /// </summary>
    public static IReadOnlyList<(SpecRoot Root, Type Type)> Roots => LoadedRoots.Value;

    /// <summary>The roots of the operations Belvo's current description (1.223.0) documents.</summary>
    public static IEnumerable<(SpecRoot Root, Type Type)> CurrentRoots => Roots.Where(root => !IsLegacy(root.Root));

    /// <summary>Everything reachable from every root, checked against the compiled types.</summary>
    public static SpecWalk All => AllWalk.Value;

    /// <summary>Everything reachable from the 2xx responses of 1.223.0's operations.</summary>
    public static SpecWalk CurrentResponses => CurrentResponseWalk.Value;

    /// <summary>Whether the root belongs to an operation kept from the 2023 description (spec/operations.yaml, <c>legacy.paths</c>).</summary>
    public static bool IsLegacy(SpecRoot root) =>
        (LoadedOverlay.Value.Legacy?.Paths ?? []).Any(path => path.TrimEnd('/') + "/" == root.Path);

    /// <summary>The media type (schema and examples) of a root.</summary>
    public static IOpenApiMediaType Media(SpecRoot root)
    {
        var operation = Document.Paths[root.Path].Operations!.Single(pair => pair.Key.Method.Equals(root.Method, StringComparison.OrdinalIgnoreCase)).Value;
        var content = root.Status is null ? operation.RequestBody!.Content : operation.Responses![root.Status].Content;
        return content!["application/json"];
    }

    private static readonly Lazy<IReadOnlyList<(SpecRoot Root, Type Type)>> LoadedRoots =
        new(() => [.. Models.Roots.Select(pair => (pair.Key, ClrType(pair.Value)))]);

    private static readonly Lazy<SpecWalk> AllWalk = new(() => SpecWalk.Of(Roots));

    private static readonly Lazy<SpecWalk> CurrentResponseWalk = new(() => SpecWalk.Of(CurrentRoots.Where(root => root.Root.Status is not null)));

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
