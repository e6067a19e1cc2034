namespace Belvo.Sdk.Generator.Model;

/// <summary>Which way a schema travels: in a request body, in a 2xx response, or both.</summary>
[Flags]
internal enum Direction
{
    None = 0,
    Request = 1,
    Response = 2,
}

/// <summary>One property of a generated record.</summary>
internal sealed record PropertyModel(string WireName, string Name, TypeRef Type)
{
    /// <summary>Whether the C# type carries <c>?</c>.</summary>
    public bool Nullable { get; init; }

    /// <summary>Whether the property gets the C# <c>required</c> modifier (spec-required request properties).</summary>
    public bool Required { get; init; }

    /// <summary>The spec description, raw.</summary>
    public string? Description { get; init; }

    /// <summary>Whether <c>ToString()</c> must mask the value.</summary>
    public bool IsSecret { get; init; }

    /// <summary>For a union variant's discriminating property: the value the variant always sends.</summary>
    public string? ConstantValue { get; init; }

    /// <summary>The string <c>default</c> the spec gives, if any.</summary>
    public string? SpecDefault { get; init; }

    /// <summary>Other wire names Belvo sends the same field under; read into this property, never written.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A type the generator writes a file for.</summary>
internal abstract class GeneratedType(string name)
{
    public string Name { get; } = name;

    /// <summary>The component schemas this type was generated from (several for merged enums).</summary>
    public List<string> SchemaIds { get; } = [];

    public string? Description { get; set; }

    public Direction Direction { get; set; }

    public bool IsRequestOnly => Direction == Direction.Request;
}

/// <summary>An object schema: a sealed record, or a union variant deriving from its union's base.</summary>
internal sealed class ObjectModel(string name) : GeneratedType(name)
{
    public List<PropertyModel> Properties { get; } = [];

    /// <summary>Names in the spec's <c>required</c> list that the schema never defines (spec bugs, ignored).</summary>
    public List<string> UndefinedRequired { get; } = [];

    /// <summary>The union this record is a variant of.</summary>
    public UnionModel? Union { get; set; }
}

/// <summary>A string enum, generated as an extensible <c>readonly record struct</c>.</summary>
internal sealed class EnumModel(string name, IReadOnlyList<string> values) : GeneratedType(name)
{
    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>A <c>oneOf</c> without a discriminator: an abstract base record, its variants and a converter.</summary>
internal sealed class UnionModel(string name, string summary, IReadOnlyList<ObjectModel> variants) : GeneratedType(name)
{
    public string Summary { get; } = summary;

    public IReadOnlyList<ObjectModel> Variants { get; } = variants;

    /// <summary>Properties every variant has with the same wire name and type; they live on the base.</summary>
    public List<PropertyModel> CommonProperties { get; } = [];

    /// <summary>What the converter looks at to choose a variant, one entry per variant in tie-break order.</summary>
    public List<VariantShape> Shapes { get; } = [];

    public string ConverterName => Name + "Converter";
}

/// <summary>The evidence the union converter weighs for one variant.</summary>
/// <param name="Variant">The variant record.</param>
/// <param name="WireNames">Every property name the variant declares.</param>
/// <param name="KnownValues">Properties whose value identifies the variant (its enum values or constant).</param>
/// <param name="NullOnly">Properties the spec says this variant always sends as <c>null</c>.</param>
internal sealed record VariantShape(
    ObjectModel Variant,
    IReadOnlyList<string> WireNames,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> KnownValues,
    IReadOnlyList<string> NullOnly);
