using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Naming;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>How a record's synthesized <c>PrintMembers</c> is declared, which depends on its place in a hierarchy.</summary>
internal enum PrintMembersKind
{
    /// <summary>A sealed record with no base record.</summary>
    Sealed,

    /// <summary>An abstract union base.</summary>
    Base,

    /// <summary>A sealed union variant.</summary>
    Derived,
}

/// <summary>Writes the members records and union bases share: properties, the extension data bag, secret masking.</summary>
internal static class MemberEmitter
{
    public const string Masked = "***";

    public static void Property(CodeWriter writer, PropertyModel property, bool isRequest)
    {
        var fallback = isRequest
            ? $"The <c>{property.WireName}</c> value sent to Belvo."
            : $"The <c>{property.WireName}</c> value Belvo returns.";
        DocComments.Summary(writer, property.Description, fallback);
        writer.Line($"[JsonPropertyName(\"{property.WireName}\")]");
        if (!isRequest && property.Type == TypeRef.String)
        {
            // Belvo sends some documented strings as bare numbers; reading them must not fail the response.
            writer.Line("[JsonConverter(typeof(LenientStringConverter))]");
        }

        var modifiers = property.Required ? "public required " : "public ";
        var type = property.Type.CSharp + (property.Nullable ? "?" : string.Empty);

        // Types Belvo returns get plain setters: System.Text.Json's source generator can only fill init-only
        // properties through a constructor call that buffers (and boxes) every value first, which made reading
        // a page of transactions twice as slow as reflection (benchmarks/DeserializationBenchmarks). Requests,
        // which are only written, keep init-only properties and `required`.
        var accessors = isRequest ? "get; init;" : "get; set;";
        writer.Line($"{modifiers}{type} {property.Name} {{ {accessors} }}{Initializer(property)}");
        foreach (var alias in property.Aliases)
        {
            // Internal, so it is no API and ToString() does not print it; null when read, so it is never written.
            writer.Line();
            writer.Line($"/// <summary>Reads <c>{alias}</c>, another name Belvo sends <see cref=\"{property.Name}\"/> under, into it; never written.</summary>");
            writer.Line("[JsonInclude]");
            writer.Line($"[JsonPropertyName(\"{alias}\")]");
            writer.Line($"internal {property.Type.CSharp}? {Identifiers.Pascal(alias)}Alias");
            using (writer.Block())
            {
                writer.Line("get => null;");
                writer.Line($"set => {property.Name} = value ?? {property.Name};");
            }
        }
    }

    public static void AdditionalProperties(CodeWriter writer)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Gets or sets the fields Belvo sent that this version does not model, so nothing is ever lost. They are");
        writer.Line("/// written back as they are when the object is serialized, which also lets a request carry a field the SDK");
        writer.Line("/// does not model yet. Settable rather than <c>init</c>: System.Text.Json cannot fill extension data through");
        writer.Line("/// an <c>init</c> accessor.");
        writer.Line("/// </summary>");
        writer.Line("[JsonExtensionData]");
        writer.Line("public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }");
    }

    /// <summary>
    /// Replaces the synthesized <c>PrintMembers</c> so that <c>ToString()</c> shows <c>***</c> for secrets that are set.
    /// <paramref name="properties"/> are the members this record declares, in order; a base prints its own first.
    /// </summary>
    public static void PrintMembers(CodeWriter writer, IReadOnlyList<PropertyModel> properties, bool withAdditionalProperties, PrintMembersKind kind)
    {
        writer.Line("/// <summary>Prints the members for <c>ToString()</c>, masking credentials as <c>***</c>.</summary>");
        writer.Line("/// <param name=\"builder\">The builder the record's <c>ToString()</c> writes to.</param>");
        writer.Line("/// <returns><see langword=\"true\"/> when members were printed.</returns>");
        writer.Line(kind switch
        {
            PrintMembersKind.Sealed => "private bool PrintMembers(StringBuilder builder)",
            PrintMembersKind.Base => "protected virtual bool PrintMembers(StringBuilder builder)",
            _ => "protected override bool PrintMembers(StringBuilder builder)",
        });
        using (writer.Block())
        {
            writer.Line("ArgumentNullException.ThrowIfNull(builder);");
            var names = properties.Select(property => (property.Name, property.IsSecret)).ToList();
            if (withAdditionalProperties)
            {
                names.Add(("AdditionalProperties", false));
            }

            if (kind == PrintMembersKind.Derived)
            {
                writer.Line("if (base.PrintMembers(builder))");
                using (writer.Block())
                {
                    writer.Line("builder.Append(\", \");");
                }

                writer.Line();
            }

            for (var index = 0; index < names.Count; index++)
            {
                var (name, isSecret) = names[index];
                var label = (index == 0 ? string.Empty : ", ") + name + " = ";
                var value = isSecret ? $"{name} is null ? null : \"{Masked}\"" : name;
                writer.Line($"builder.Append(\"{label}\").Append({value});");
            }

            writer.Line("return true;");
        }
    }

    private static string Initializer(PropertyModel property)
    {
        if (property.ConstantValue is { } constant)
        {
            return $" = \"{constant.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\";";
        }

        if (property.Nullable || property.Required || property.Type.IsValueType)
        {
            return string.Empty;
        }

        return property.Type.Kind == TypeKind.List ? " = [];" : " = null!;";
    }
}
