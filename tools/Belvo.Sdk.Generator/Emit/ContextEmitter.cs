using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Writes the generated part of <c>BelvoJsonContext</c>: one <c>[JsonSerializable]</c> per type the SDK reads or writes.</summary>
internal static class ContextEmitter
{
    public static string Emit(ModelSet models, string modelsNamespace)
    {
        var writer = CodeWriter.File(
            "Belvo.Sdk.Serialization",
            "System.Text.Json",
            "System.Text.Json.Serialization",
            "Belvo.Sdk.Pagination",
            modelsNamespace);
        foreach (var type in models.ContextTypes)
        {
            writer.Line($"[JsonSerializable(typeof({type.CSharp}))]");
        }

        writer.Line("internal sealed partial class BelvoJsonContext;");
        return writer.ToString();
    }
}
