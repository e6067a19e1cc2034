using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Names the shapes a request record has in common with other requests (the internal interfaces in
/// <c>src/Belvo.Sdk/Models/RequestShapes.cs</c>), so the SDK checks every request and carries its
/// <c>save_data</c> through MFA in one place instead of per request type.
/// </summary>
internal static class RequestShapes
{
    /// <summary>The interfaces a request record declares, from its own properties (inherited ones are the base's).</summary>
    public static IReadOnlyList<string> Of(IEnumerable<PropertyModel> properties)
    {
        var byWire = properties.ToDictionary(property => property.WireName, StringComparer.Ordinal);
        var shapes = new List<string>();
        if (Has(byWire, "link", TypeRef.Guid, nullable: false))
        {
            shapes.Add("ILinkRequest");
        }

        if (Has(byWire, "date_from", TypeRef.DateOnly, nullable: false) && Has(byWire, "date_to", TypeRef.DateOnly, nullable: false))
        {
            shapes.Add("IPeriodRequest");
        }
        else if (Has(byWire, "date_from", TypeRef.DateOnly, nullable: true) && Has(byWire, "date_to", TypeRef.DateOnly, nullable: true))
        {
            shapes.Add("IOptionalPeriodRequest");
        }

        if (Has(byWire, "save_data", TypeRef.Bool, nullable: true))
        {
            shapes.Add("ISaveDataRequest");
        }

        return shapes;
    }

    private static bool Has(Dictionary<string, PropertyModel> byWire, string wireName, TypeRef type, bool nullable) =>
        byWire.TryGetValue(wireName, out var property) && property.Type == type && property.Nullable == nullable;
}
