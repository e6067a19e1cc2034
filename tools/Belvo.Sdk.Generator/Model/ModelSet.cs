namespace Belvo.Sdk.Generator.Model;

/// <summary>Everything the emitters need: the types to write and what the JSON context must register.</summary>
internal sealed class ModelSet(
    IReadOnlyList<GeneratedType> types,
    IReadOnlyList<KeyValuePair<SpecRoot, TypeRef>> roots,
    IReadOnlyDictionary<string, TypeRef> schemaTypes,
    IReadOnlyList<string> warnings)
{
    /// <summary>Every generated type, ordered by name.</summary>
    public IReadOnlyList<GeneratedType> Types { get; } = types;

    /// <summary>Each request body and 2xx response in scope with the C# type it maps to.</summary>
    public IReadOnlyList<KeyValuePair<SpecRoot, TypeRef>> Roots { get; } = roots;

    /// <summary>Every reachable component schema with its C# type; wrappers map to the list, page or union they alias.</summary>
    public IReadOnlyDictionary<string, TypeRef> SchemaTypes { get; } = schemaTypes;

    /// <summary>Spec problems the generator worked around, for the log.</summary>
    public IReadOnlyList<string> Warnings { get; } = warnings;

    public IEnumerable<ObjectModel> Records => Types.OfType<ObjectModel>();

    public IEnumerable<EnumModel> Enums => Types.OfType<EnumModel>();

    public IEnumerable<UnionModel> Unions => Types.OfType<UnionModel>();

    /// <summary>
    /// The types the JSON context registers: every generated type, the pages and lists roots use, and
    /// <c>JsonElement</c> (the hand-written part of the context may not register anything itself).
    /// </summary>
    public IReadOnlyList<TypeRef> ContextTypes =>
    [
        .. Types.Select(type => type is EnumModel ? TypeRef.Enum(type.Name) : TypeRef.Record(type.Name))
            .Append(TypeRef.JsonElement)
            .Concat(Roots.Select(root => root.Value).Where(type => type.Kind is TypeKind.List or TypeKind.Page))
            .Distinct()
            .OrderBy(type => type.CSharp, StringComparer.Ordinal),
    ];
}
