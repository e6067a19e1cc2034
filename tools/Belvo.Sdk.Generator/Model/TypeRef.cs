namespace Belvo.Sdk.Generator.Model;

internal enum TypeKind
{
    Builtin,
    Record,
    Enum,
    List,
    Page,
}

/// <summary>A C# type a property, list item or root response has. Compared by value.</summary>
internal sealed record TypeRef(TypeKind Kind, string Name, bool IsValueType, TypeRef? Item = null)
{
    public static readonly TypeRef String = new(TypeKind.Builtin, "string", IsValueType: false);
    public static readonly TypeRef Int = new(TypeKind.Builtin, "int", IsValueType: true);
    public static readonly TypeRef Long = new(TypeKind.Builtin, "long", IsValueType: true);
    public static readonly TypeRef Decimal = new(TypeKind.Builtin, "decimal", IsValueType: true);
    public static readonly TypeRef Bool = new(TypeKind.Builtin, "bool", IsValueType: true);
    public static readonly TypeRef Guid = new(TypeKind.Builtin, "Guid", IsValueType: true);
    public static readonly TypeRef DateOnly = new(TypeKind.Builtin, "DateOnly", IsValueType: true);
    public static readonly TypeRef DateTimeOffset = new(TypeKind.Builtin, "DateTimeOffset", IsValueType: true);
    public static readonly TypeRef JsonElement = new(TypeKind.Builtin, "JsonElement", IsValueType: true);

    public static TypeRef Record(string name) => new(TypeKind.Record, name, IsValueType: false);

    public static TypeRef Enum(string name) => new(TypeKind.Enum, name, IsValueType: true);

    public static TypeRef ListOf(TypeRef item) => new(TypeKind.List, "IReadOnlyList", IsValueType: false, item);

    public static TypeRef PageOf(TypeRef item) => new(TypeKind.Page, "BelvoPage", IsValueType: false, item);

    /// <summary>The C# spelling, e.g. <c>IReadOnlyList&lt;Account&gt;</c>.</summary>
    public string CSharp => Item is null ? Name : $"{Name}<{Item.CSharp}>";

    public override string ToString() => CSharp;
}
