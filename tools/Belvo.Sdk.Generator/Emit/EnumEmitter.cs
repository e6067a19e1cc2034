using System.Security;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Naming;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Writes a string enum as an extensible <c>readonly record struct</c>: one static property per value the spec
/// lists, and any other value Belvo sends kept as it is instead of failing.
/// </summary>
internal static class EnumEmitter
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Value", "FromValue", "Equals", "GetHashCode", "ToString", "GetType",
    };

    public static string Emit(EnumModel model, string @namespace)
    {
        var name = model.Name;
        var writer = CodeWriter.File(@namespace, "System.Text.Json.Serialization");
        DocComments.Summary(writer, model.Description, $"The values of Belvo's <c>{model.SchemaIds[0]}</c>.");
        writer.Line("/// <remarks>");
        writer.Line("/// Values Belvo adds later are kept as they are rather than rejected: compare with the static properties and");
        writer.Line("/// fall back to <see cref=\"Value\"/> for the rest.");
        writer.Line("/// </remarks>");
        writer.Line($"[JsonConverter(typeof(ExtensibleEnumConverter<{name}>))]");
        writer.Line($"public readonly record struct {name} : IExtensibleEnumeration<{name}>");
        using (writer.Block())
        {
            writer.Line("private readonly string? value;");
            writer.Line();
            writer.Line($"/// <summary>Creates a <see cref=\"{name}\"/> for a value as Belvo sends it, known or not.</summary>");
            writer.Line("/// <param name=\"value\">The value exactly as it appears on the wire.</param>");
            writer.Line($"public {name}(string value)");
            using (writer.Block())
            {
                writer.Line("ArgumentNullException.ThrowIfNull(value);");
                writer.Line("this.value = value;");
            }

            foreach (var (memberName, value) in Members(model))
            {
                writer.Line();
                writer.Line($"/// <summary>Belvo's <c>{DocText(value)}</c> value.</summary>");
                writer.Line($"public static {name} {memberName} {{ get; }} = new(\"{CSharpText(value)}\");");
            }

            writer.Line();
            writer.Line($"/// <summary>Gets the value exactly as Belvo sends it; empty for <c>default({name})</c>.</summary>");
            writer.Line("public string Value => value ?? string.Empty;");
            writer.Line();
            writer.Line($"/// <summary>Creates a <see cref=\"{name}\"/> for a value as Belvo sends it, known or not.</summary>");
            writer.Line("/// <param name=\"value\">The value exactly as it appears on the wire.</param>");
            writer.Line("/// <returns>The enumeration value.</returns>");
            writer.Line($"public static {name} FromValue(string value) => new(value);");
            writer.Line();
            writer.Line("/// <summary>Compares the wire values ordinally; <c>default</c> equals the empty value.</summary>");
            writer.Line("/// <param name=\"other\">The value to compare with.</param>");
            writer.Line("/// <returns><see langword=\"true\"/> when both have the same wire value.</returns>");
            writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);");
            writer.Line();
            writer.Line("/// <summary>Returns <see cref=\"Value\"/>, the value as Belvo sends it.</summary>");
            writer.Line("/// <returns>The wire value.</returns>");
            writer.Line("public override string ToString() => Value;");
        }

        return writer.ToString();
    }

    /// <summary>The static member name for each value, checked for clashes.</summary>
    public static IReadOnlyList<(string Name, string Value)> Members(EnumModel model)
    {
        var members = model.Values.Select(value => (Name: Identifiers.Pascal(value), Value: value)).ToList();
        var clash = members.GroupBy(member => member.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"{model.Name} values {string.Join(", ", clash.Select(member => $"'{member.Value}'"))} all become '{clash.Key}'.");
        }

        var reserved = members.FirstOrDefault(member => Reserved.Contains(member.Name) || member.Name == model.Name);
        if (reserved.Name is not null)
        {
            throw new InvalidOperationException($"{model.Name} value '{reserved.Value}' would be named '{reserved.Name}', which the type already uses.");
        }

        return members;
    }

    private static string DocText(string value) => SecurityElement.Escape(value);

    public static string CSharpText(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
