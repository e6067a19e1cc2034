using System.Globalization;
using System.Text;
using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Keeps the name tables in docs/generator.md in step with the code: the section between the markers is
/// rewritten on every run, so <c>--check</c> also fails when the documented names are stale.
/// </summary>
internal static class DocsEmitter
{
    public const string Begin = "<!-- BEGIN GENERATED NAMES: written by tools/Belvo.Sdk.Generator, do not edit -->";
    public const string End = "<!-- END GENERATED NAMES -->";

    public static string Emit(string currentDocs, ModelSet models)
    {
        var start = currentDocs.IndexOf(Begin, StringComparison.Ordinal);
        var end = currentDocs.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"docs/generator.md must contain the markers {Begin} and {End}.");
        }

        return string.Concat(currentDocs.AsSpan(0, start + Begin.Length), "\n", Tables(models), currentDocs.AsSpan(end));
    }

    private static string Tables(ModelSet models)
    {
        var text = new StringBuilder();
        text.Append("\n#### Operations\n\n| Operation | Request body | 2xx responses |\n|---|---|---|\n");
        foreach (var operation in models.Roots.GroupBy(root => (root.Key.Path, root.Key.Method)))
        {
            var request = operation.Where(root => root.Key.Status is null).Select(root => Code(root.Value)).FirstOrDefault() ?? string.Empty;
            var responses = string.Join(
                ", ",
                operation.Where(root => root.Key.Status is not null).Select(root => $"{root.Key.Status} {Code(root.Value)}"));
            text.Append(CultureInfo.InvariantCulture, $"| `{operation.Key.Method} {operation.Key.Path}` | {request} | {responses} |\n");
        }

        text.Append("\n#### Unions\n\n| Base | Variants (tie-break order) | Properties on the base |\n|---|---|---|\n");
        foreach (var union in models.Unions)
        {
            var variants = string.Join(", ", union.Variants.Select(variant => $"`{variant.Name}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `{union.Name}` | {variants} | {union.CommonProperties.Count} |\n");
        }

        text.Append("\n#### Enums\n\n| C# enum | Spec schemas | Known values |\n|---|---|---|\n");
        foreach (var model in models.Enums)
        {
            var schemas = string.Join(", ", model.SchemaIds.Select(id => $"`{id}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `{model.Name}` | {schemas} | {model.Values.Count} |\n");
        }

        text.Append("\n#### Records\n\n| C# record | Spec schema | Properties |\n|---|---|---|\n");
        foreach (var model in models.Records)
        {
            var shape = model.IsRequestOnly ? " (request)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| `{model.Name}`{shape} | `{model.SchemaIds[0]}` | {model.Properties.Count} |\n");
        }

        text.Append("\n#### Wrapper schemas resolved to other types\n\n| Spec schema | C# type |\n|---|---|\n");
        foreach (var (schema, type) in models.SchemaTypes.Where(pair => pair.Value.Kind is TypeKind.List or TypeKind.Page || IsUnionAlias(models, pair)))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{schema}` | {Code(type)} |\n");
        }

        return text.Append('\n').ToString();
    }

    private static bool IsUnionAlias(ModelSet models, KeyValuePair<string, TypeRef> pair) =>
        models.Unions.Any(union => union.Name == pair.Value.Name) && pair.Value.Kind == TypeKind.Record;

    private static string Code(TypeRef type) => $"`{type.CSharp}`";
}
