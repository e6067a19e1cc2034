using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Writes the generated part of <c>BelvoJsonContext</c>: one <c>[JsonSerializable]</c> per type the SDK reads or writes.</summary>
internal static class ContextEmitter
{
    public static string Emit(ModelSet models, OperationSet operations, string modelsNamespace)
    {
        var writer = CodeWriter.File(
            "Belvo.Sdk.Serialization",
            "System.Text.Json",
            "System.Text.Json.Serialization",
            "Belvo.Sdk",
            modelsNamespace);
        var modelNames = models.Types.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);
        var readByOperations = operations.Operations
            .SelectMany(operation => operation.Mode is ResponseMode.ListOrSingle or ResponseMode.SingleOrList
                ? new[] { TypeRef.ListOf(operation.Item!), operation.Item! }
                : operation.Mode == ResponseMode.Page ? [TypeRef.PageOf(operation.Item!)] : [])
            .Where(type => modelNames.Contains((type.Item ?? type).Name));
        var types = models.ContextTypes.Concat(readByOperations).Distinct().OrderBy(type => type.CSharp, StringComparer.Ordinal);
        foreach (var type in types)
        {
            writer.Line($"[JsonSerializable(typeof({type.CSharp}))]");
        }

        writer.Line("internal sealed partial class BelvoJsonContext;");
        return writer.ToString();
    }
}
