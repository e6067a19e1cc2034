using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Writes a union as an abstract base record holding the properties all variants share, and an internal converter
/// that picks the variant for a JSON object (see <c>VariantConverter&lt;TBase&gt;</c> in the SDK).
/// </summary>
internal static class UnionEmitter
{
    private const int WrapAt = 100;

    public static string EmitBase(UnionModel union, string @namespace)
    {
        var secrets = union.CommonProperties.Any(property => property.IsSecret);
        var usings = new List<string> { "System.Text.Json", "System.Text.Json.Serialization" };
        if (secrets)
        {
            usings.Add("System.Text");
        }

        if (!union.IsRequestOnly && union.CommonProperties.Any(property => property.Type == TypeRef.String))
        {
            usings.Add("Belvo.Sdk.Serialization");
        }

        var writer = CodeWriter.File(@namespace, [.. usings]);
        var variants = string.Join(", ", union.Variants.Select(variant => $"<see cref=\"{variant.Name}\"/>"));
        writer.Line($"/// <summary>{union.Summary}</summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// Belvo's JSON does not say which shape an object has: the SDK reads its fields and picks the variant they fit");
        writer.Line($"/// best. Match on the variant types: {variants}.");
        writer.Line("/// </remarks>");
        writer.Line($"[JsonConverter(typeof({union.ConverterName}))]");
        var shapes = union.IsRequestOnly ? RequestShapes.Of(union.CommonProperties) : [];
        writer.Line($"public abstract record {union.Name}{(shapes.Count == 0 ? string.Empty : " : " + string.Join(", ", shapes))}");
        using (writer.Block())
        {
            writer.Line($"private protected {union.Name}()");
            using (writer.Block())
            {
            }

            foreach (var property in union.CommonProperties)
            {
                writer.Line();
                MemberEmitter.Property(writer, property, union.IsRequestOnly);
            }

            writer.Line();
            MemberEmitter.AdditionalProperties(writer);
            if (secrets)
            {
                writer.Line();
                MemberEmitter.PrintMembers(writer, union.CommonProperties, withAdditionalProperties: true, PrintMembersKind.Base);
            }
        }

        return writer.ToString();
    }

    public static string EmitConverter(UnionModel union, string @namespace)
    {
        var writer = CodeWriter.File(@namespace, "Belvo.Sdk.Serialization");
        writer.Line($"/// <summary>Reads a <see cref=\"{union.Name}\"/> as the variant the JSON object fits best and writes the variant it holds.</summary>");
        writer.Line($"internal sealed class {union.ConverterName} : VariantConverter<{union.Name}>");
        using (writer.Block())
        {
            writer.Line("/// <summary>Creates the converter with each variant's shape, in tie-break order.</summary>");
            writer.Line($"public {union.ConverterName}()");
            writer.Line("    : base(");
            for (var index = 0; index < union.Shapes.Count; index++)
            {
                var closing = index == union.Shapes.Count - 1 ? ")" : ",";
                WriteShape(writer, union.Shapes[index], closing);
            }

            using (writer.Block())
            {
            }
        }

        return writer.ToString();
    }

    private static void WriteShape(CodeWriter writer, VariantShape shape, string closing)
    {
        const string Indent = "        ";
        writer.Line($"{Indent}new UnionVariant(");
        writer.Line($"{Indent}    typeof({shape.Variant.Name}),");
        var hasMore = shape.KnownValues.Count > 0 || shape.NullOnly.Count > 0;
        WriteList(writer, Indent + "    ", string.Empty, shape.WireNames, hasMore ? "," : ")" + closing);
        if (shape.KnownValues.Count > 0)
        {
            writer.Line($"{Indent}    knownValues: new Dictionary<string, string[]>(StringComparer.Ordinal)");
            writer.Line($"{Indent}    {{");
            foreach (var (wireName, values) in shape.KnownValues)
            {
                WriteList(writer, Indent + "        ", $"[{Literal(wireName)}] = ", values, ",");
            }

            writer.Line($"{Indent}    }}" + (shape.NullOnly.Count > 0 ? "," : ")" + closing));
        }

        if (shape.NullOnly.Count > 0)
        {
            WriteList(writer, Indent + "    ", "nullOnly: ", shape.NullOnly, ")" + closing);
        }
    }

    /// <summary>Writes <c>[ "a", "b" ]</c>, wrapped so that no line gets too long.</summary>
    private static void WriteList(CodeWriter writer, string indent, string prefix, IReadOnlyList<string> values, string suffix)
    {
        var items = values.Select(Literal).ToList();
        var single = $"{indent}{prefix}[{string.Join(", ", items)}]{suffix}";
        if (single.Length <= WrapAt + 20)
        {
            writer.Line(single);
            return;
        }

        writer.Line($"{indent}{prefix}[");
        var line = string.Empty;
        foreach (var item in items)
        {
            if (line.Length > 0 && indent.Length + 4 + line.Length + item.Length + 2 > WrapAt)
            {
                writer.Line($"{indent}    {line.TrimEnd()}");
                line = string.Empty;
            }

            line += item + ", ";
        }

        writer.Line($"{indent}    {line.TrimEnd()}");
        writer.Line($"{indent}]{suffix}");
    }

    private static string Literal(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
