namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// The deliberate exceptions the model tests allow, each one a place where Belvo's spec contradicts itself, with the
/// reason. The generator follows the schemas, not the examples: a field listed in <see cref="ExampleFields"/> still
/// reaches the caller, in <c>AdditionalProperties</c>, and is written back unchanged; it is just not typed.
/// Every entry is checked to still be needed, so the lists cannot go stale.
/// </summary>
internal static class KnownSpecGaps
{
    /// <summary>Fields the spec's response examples contain but no property of the schema defines (<c>Type.wire_name</c>).</summary>
    public static readonly Dictionary<string, string> ExampleFields = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Documented response fields the SDK does not type as documented (<c>schema.wire_name</c>, as
    /// <see cref="SpecField.Name"/>), with the reason. Field coverage counts them as exceptions.
    /// </summary>
    public static readonly Dictionary<string, string> UntypedFields = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Property examples that contradict their own schema (<c>schema.wire_name</c> → the example). The schema samples
    /// use a value of the documented format instead.
    /// </summary>
    public static readonly Dictionary<string, string> WrongPropertyExamples = new(StringComparer.Ordinal)
    {
    };

    /// <summary>The unmapped fields that no entry here explains.</summary>
    public static IReadOnlyList<string> Unexplained(IEnumerable<string> unmappedFields) =>
        [.. unmappedFields.Where(field => !ExampleFields.ContainsKey(field)).Distinct(StringComparer.Ordinal)];
}
