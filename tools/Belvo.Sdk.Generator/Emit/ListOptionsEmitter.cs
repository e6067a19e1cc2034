using System.Text;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Writes a list operation's filters as a <c>…ListOptions</c> record: one typed property per documented filter.</summary>
internal static class ListOptionsEmitter
{
    public static string Emit(ResourceModel resource, OperationModel list)
    {
        var name = list.ListOptions!;
        var writer = CodeWriter.File(ResourceEmitter.Namespace, "Belvo.Sdk.Models");
        writer.Line($"/// <summary>Filters for listing with <c>GET {list.Path}</c>, as Belvo documents them.</summary>");
        writer.Line($"public sealed partial record {name} : ListOptions");
        using (writer.Block())
        {
            foreach (var filter in list.Filters)
            {
                DocComments.Summary(writer, Describe(filter), Fallback(filter));
                writer.Line($"public {PropertyType(filter)}? {filter.Name} {{ get; init; }}");
                writer.Line();
            }

            writer.Line("private protected override void AddFilters(QueryParameters query)");
            using (writer.Block())
            {
                foreach (var filter in list.Filters.Where(filter => filter.Required))
                {
                    writer.Line($"if ({filter.Name} is null)");
                    using (writer.Block())
                    {
                        writer.Line($"throw new ArgumentException(\"Belvo requires the {filter.WireNames[0]} filter to list {resource.Name.ToLowerInvariant()}: set {name}.{filter.Name}.\", \"options\");");
                    }

                    writer.Line();
                }

                foreach (var filter in list.Filters)
                {
                    foreach (var wire in filter.WireNames)
                    {
                        writer.Line($"query.{Adder(filter)}(\"{wire}\", {filter.Name});");
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static string PropertyType(FilterModel filter) => filter.Kind switch
    {
        FilterKind.Comparison => $"ComparisonFilter<{filter.Type.CSharp}>",
        FilterKind.List => $"IReadOnlyList<{filter.Type.CSharp}>",
        _ => filter.Type.CSharp,
    };

    private static string Adder(FilterModel filter) => (filter.Kind, filter.Type.Kind, filter.Type.Name) switch
    {
        (FilterKind.Comparison, _, _) => "Add",
        (FilterKind.List, TypeKind.Enum, _) => "AddValues",
        (FilterKind.List, _, "string" or "Guid") => "AddList",
        (FilterKind.List, _, _) => "AddFormattedList",
        (_, TypeKind.Enum, _) => "AddValue",
        (_, _, "string" or "Guid" or "int" or "bool") => "Add",
        _ => "AddFormatted",
    };

    private static string? Describe(FilterModel filter) =>
        string.IsNullOrWhiteSpace(filter.Description) ? null : filter.Description.TrimEnd() + " " + WireNote(filter);

    private static string Fallback(FilterModel filter) =>
        System.Text.RegularExpressions.Regex.Replace(WireNote(filter), "`([^`]+)`", "<c>$1</c>");

    private static string WireNote(FilterModel filter)
    {
        var text = new StringBuilder("Sent as ");
        text.Append(string.Join(" and ", filter.WireNames.Select(wire => $"`{wire}`")));
        var lookups = filter.Lookups.Where(lookup => lookup.Length > 0).ToList();
        if (lookups.Count > 0)
        {
            text.Append(" with the lookups ").Append(string.Join(", ", lookups.Select(lookup => $"`{lookup}`")));
        }

        return text.Append('.').ToString();
    }
}
