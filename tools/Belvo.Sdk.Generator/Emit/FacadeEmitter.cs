using Belvo.Sdk.Generator.Operations;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Writes the facade's resource properties (<c>IBelvoClient</c> and <c>BelvoClient</c>, both partial) and the
/// registrations that let dependency injection hand out each resource interface.
/// </summary>
internal static class FacadeEmitter
{
    public static string EmitInterface(OperationSet operations)
    {
        var writer = CodeWriter.File(ResourceEmitter.Namespace);
        writer.Line("/// <content>The resources of the operation table, one property each.</content>");
        writer.Line("public partial interface IBelvoClient");
        using (writer.Block())
        {
            var first = true;
            foreach (var resource in operations.Resources)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line($"/// <summary>Gets the {Words(resource.Name)} client. {Escape(resource.Summary)}</summary>");
                writer.Line($"{resource.Interface} {resource.Name} {{ get; }}");
            }
        }

        return writer.ToString();
    }

    public static string EmitClient(OperationSet operations)
    {
        var writer = CodeWriter.File(ResourceEmitter.Namespace);
        writer.Line("/// <content>The resources of the operation table, each created on first use.</content>");
        writer.Line("public sealed partial class BelvoClient");
        using (writer.Block())
        {
            var first = true;
            foreach (var resource in operations.Resources)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line("/// <inheritdoc />");
                writer.Line($"public {resource.Interface} {resource.Name} => field ??= new {resource.Class}(_pipeline);");
            }
        }

        return writer.ToString();
    }

    public static string EmitRegistrations(OperationSet operations)
    {
        var writer = CodeWriter.File(ResourceEmitter.Namespace, "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Extensions");
        writer.Line("/// <summary>Registers every resource interface as the one of the registered <see cref=\"IBelvoClient\"/>.</summary>");
        writer.Line("internal static class BelvoResourceRegistrations");
        using (writer.Block())
        {
            writer.Line("public static void Add(IServiceCollection services)");
            using (writer.Block())
            {
                foreach (var resource in operations.Resources)
                {
                    writer.Line($"services.TryAddSingleton<{resource.Interface}>(static provider => provider.GetRequiredService<IBelvoClient>().{resource.Name});");
                }
            }
        }

        return writer.ToString();
    }

    private static string Words(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();

    private static string Escape(string summary) => summary.Trim();
}
