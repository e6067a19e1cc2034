using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// The shape of one variant of a union that Belvo's JSON does not label: the property names it declares, the
/// values only it uses, and the properties it always sends as <c>null</c>.
/// </summary>
internal sealed class UnionVariant
{
    public UnionVariant(
        Type type,
        IReadOnlyList<string> properties,
        IReadOnlyDictionary<string, string[]>? knownValues = null,
        IReadOnlyList<string>? nullOnly = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(properties);
        Type = type;
        Properties = properties.ToFrozenSet(StringComparer.Ordinal);
        KnownValues = (knownValues ?? new Dictionary<string, string[]>())
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        NullOnly = (nullOnly ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The variant's record type.</summary>
    public Type Type { get; }

    /// <summary>Every wire name the variant declares.</summary>
    public FrozenSet<string> Properties { get; }

    /// <summary>Properties whose value identifies the variant: its enum members or its constant.</summary>
    public FrozenDictionary<string, FrozenSet<string>> KnownValues { get; }

    /// <summary>Properties the specification says this variant always sends as <c>null</c>.</summary>
    public FrozenSet<string> NullOnly { get; }
}

/// <summary>
/// Reads a union base type as the variant whose shape best fits the JSON object, and writes whichever variant a
/// value holds. Each top-level property is evidence:
/// <list type="bullet">
/// <item><description>a property a variant declares counts for it (+1), one it does not declare against it (-1);</description></item>
/// <item><description>a value among a variant's known values counts strongly for it (+4), a value only another variant knows against it (-4); an array counts by its first item (a list of enum values);</description></item>
/// <item><description>a non-null value for a property the spec says a variant always sends as <c>null</c> counts against it (-2), a <c>null</c> there for it (+1).</description></item>
/// </list>
/// The highest score wins; ties go to the variant listed first. The chosen variant is then read through its own
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo"/>, so source-generated metadata is used and the
/// variant (which has no converter of its own) never comes back to this converter.
/// </summary>
/// <typeparam name="TBase">The union's abstract base record.</typeparam>
internal abstract class VariantConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    private const int DeclaredWeight = 1;
    private const int KnownValueWeight = 4;
    private const int NullOnlyWeight = 2;

    private readonly UnionVariant[] variants;
    private readonly FrozenDictionary<string, FrozenSet<string>> allKnownValues;

    protected VariantConverter(params UnionVariant[] variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Length == 0)
        {
            throw new ArgumentException("A union needs at least one variant.", nameof(variants));
        }

        foreach (var variant in variants)
        {
            if (variant.Type == typeof(TBase) || !typeof(TBase).IsAssignableFrom(variant.Type))
            {
                throw new ArgumentException($"{variant.Type.Name} is not a variant of {typeof(TBase).Name}.", nameof(variants));
            }
        }

        this.variants = variants;
        allKnownValues = variants
            .SelectMany(variant => variant.KnownValues)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.SelectMany(pair => pair.Value).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(TBase).Name} but found {reader.TokenType}.");
        }

        // The reader is a struct: Choose scans a copy, and the original still stands on the object's start.
        var variant = Choose(reader);
        return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(variant));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var type = value.GetType();
        if (Array.TrueForAll(variants, variant => variant.Type != type))
        {
            throw new JsonException($"{type.Name} is not a known variant of {typeof(TBase).Name}.");
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(type));
    }

    /// <summary>Scores every variant against the object the reader stands on and returns the best one's type.</summary>
    internal Type Choose(Utf8JsonReader reader)
    {
        var scores = new int[variants.Length];
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            var name = reader.GetString()!;
            reader.Read();
            var isNull = reader.TokenType == JsonTokenType.Null;
            var text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.StartArray => FirstString(reader),
                _ => null,
            };

            // Skip() refuses a streamed (non-final) buffer even though the serializer has buffered this whole
            // object for a custom converter; TrySkip() reads what is there.
            if (!reader.TrySkip())
            {
                throw new JsonException($"The JSON object for {typeof(TBase).Name} ended early.");
            }
            for (var index = 0; index < variants.Length; index++)
            {
                scores[index] += Score(variants[index], name, text, isNull);
            }
        }

        var best = 0;
        for (var index = 1; index < scores.Length; index++)
        {
            if (scores[index] > scores[best])
            {
                best = index;
            }
        }

        return variants[best].Type;
    }

    /// <summary>The first item of the array the reader (a copy) stands on, when it is a string.</summary>
    private static string? FirstString(Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private int Score(UnionVariant variant, string name, string? text, bool isNull)
    {
        var score = variant.Properties.Contains(name) ? DeclaredWeight : -DeclaredWeight;
        if (text is not null && variant.KnownValues.TryGetValue(name, out var known))
        {
            if (known.Contains(text))
            {
                score += KnownValueWeight;
            }
            else if (allKnownValues[name].Contains(text))
            {
                score -= KnownValueWeight;
            }
        }

        if (variant.NullOnly.Contains(name))
        {
            score += isNull ? DeclaredWeight : -NullOnlyWeight;
        }

        return score;
    }
}
