using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Generator.Model;

/// <summary>
/// Works out, for a union, which properties move to the base record (same wire name and same type in every
/// variant) and what evidence tells the variants apart in JSON: properties only some variants declare, values
/// only one variant uses (its enum members, also as the items of a list, or its <c>default</c> constant, e.g.
/// <c>type: "monthly"</c>), and
/// properties the spec says a variant always sends as <c>null</c>.
/// </summary>
internal static class UnionAnalyzer
{
    public static void Complete(UnionModel union, Func<string, EnumModel?> findEnum)
    {
        var variants = union.Variants;
        var discriminating = variants
            .SelectMany(variant => variant.Properties)
            .Select(property => property.WireName)
            .Distinct(StringComparer.Ordinal)
            .Where(wireName => ValueSets(variants, wireName, findEnum).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var variant in variants)
        {
            union.Shapes.Add(new VariantShape(
                variant,
                [.. variant.Properties.Select(property => property.WireName)],
                [
                    .. variant.Properties
                        .Where(property => discriminating.Contains(property.WireName))
                        .Select(property => KeyValuePair.Create(property.WireName, KnownValues(property, findEnum)))
                        .Where(pair => pair.Value.Count > 0),
                ],
                [.. NullOnly(variant, variants)]));
            MarkConstants(variant, discriminating);
        }

        HoistCommonProperties(union, discriminating);
    }

    /// <summary>A discriminating string with a spec default is the variant's constant: always sent, never required.</summary>
    private static void MarkConstants(ObjectModel variant, HashSet<string> discriminating)
    {
        for (var index = 0; index < variant.Properties.Count; index++)
        {
            var property = variant.Properties[index];
            if (discriminating.Contains(property.WireName) && property.SpecDefault is { } constant && property.Type == TypeRef.String)
            {
                variant.Properties[index] = property with { ConstantValue = constant, Required = false, Nullable = false };
            }
        }
    }

    private static void HoistCommonProperties(UnionModel union, HashSet<string> discriminating)
    {
        var first = union.Variants[0];
        foreach (var candidate in first.Properties.ToList())
        {
            if (discriminating.Contains(candidate.WireName))
            {
                continue;
            }

            var matches = union.Variants
                .Select(variant => variant.Properties.FirstOrDefault(property => property.WireName == candidate.WireName))
                .ToList();
            if (matches.Any(match => match is null || match.Type != candidate.Type || match.Name != candidate.Name))
            {
                continue;
            }

            union.CommonProperties.Add(candidate with
            {
                Nullable = matches.Any(match => match!.Nullable),
                Required = matches.All(match => match!.Required),
                IsSecret = matches.Any(match => match!.IsSecret),
                Description = CombinedDescription(union.Variants, matches!),
            });
            foreach (var variant in union.Variants)
            {
                variant.Properties.RemoveAll(property => property.WireName == candidate.WireName);
            }
        }
    }

    private static string? CombinedDescription(IReadOnlyList<ObjectModel> variants, IReadOnlyList<PropertyModel> matches)
    {
        var descriptions = matches.Select(match => match.Description?.Trim()).ToList();
        if (descriptions.Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return descriptions[0];
        }

        return string.Join(
            "\n\n",
            variants.Zip(descriptions).Where(pair => !string.IsNullOrEmpty(pair.Second)).Select(pair => $"In a `{pair.First.Name}`: {pair.Second}"));
    }

    /// <summary>For each variant, its known values for the wire name as one comparable string ("" when it has none).</summary>
    private static IEnumerable<string> ValueSets(IReadOnlyList<ObjectModel> variants, string wireName, Func<string, EnumModel?> findEnum) =>
        variants
            .Select(variant => variant.Properties.FirstOrDefault(property => property.WireName == wireName))
            .Where(property => property is not null)
            .Select(property => string.Join('\u001f', KnownValues(property!, findEnum).Order(StringComparer.Ordinal)));

    /// <summary>
    /// A property's enum members (of its items, for a list of enums: the link requests differ only by the resources
    /// their <c>fetch_resources</c> lists), or its constant.
    /// </summary>
    private static IReadOnlyList<string> KnownValues(PropertyModel property, Func<string, EnumModel?> findEnum) =>
        (property.Type.Kind == TypeKind.List ? property.Type.Item! : property.Type) is { Kind: TypeKind.Enum } type && findEnum(type.Name) is { } model ? model.Values
        : property.SpecDefault is { } constant ? [constant]
        : [];

    /// <summary>Properties documented as "not applicable … will return null" for this variant only.</summary>
    private static IEnumerable<string> NullOnly(ObjectModel variant, IReadOnlyList<ObjectModel> variants) =>
        variant.Properties
            .Where(property => IsNotApplicable(property.Description))
            .Where(property => variants.Any(other => other != variant
                && other.Properties.Any(sibling => sibling.WireName == property.WireName && !IsNotApplicable(sibling.Description))))
            .Select(property => property.WireName);

    private static bool IsNotApplicable(string? description) => SchemaFacts.DocumentsNull(description);
}
