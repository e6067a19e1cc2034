using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Output;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Every file one run produces: a file per type, the JSON context part and the docs name tables.</summary>
internal static class FileSet
{
    public const string ModelsNamespace = "Belvo.Sdk.Models";

    public static IReadOnlyList<GeneratedFile> Create(ModelSet models, RepositoryLayout layout)
    {
        var files = new List<GeneratedFile>();
        foreach (var type in models.Types)
        {
            switch (type)
            {
                case ObjectModel record:
                    files.Add(Model(layout, record.Name, RecordEmitter.Emit(record, ModelsNamespace)));
                    break;
                case EnumModel model:
                    files.Add(Model(layout, model.Name, EnumEmitter.Emit(model, ModelsNamespace)));
                    break;
                case UnionModel union:
                    files.Add(Model(layout, union.Name, UnionEmitter.EmitBase(union, ModelsNamespace)));
                    files.Add(Model(layout, union.ConverterName, UnionEmitter.EmitConverter(union, ModelsNamespace)));
                    break;
            }
        }

        files.Add(new GeneratedFile(layout.ContextFile, ContextEmitter.Emit(models, ModelsNamespace)));
        var docs = File.Exists(layout.DocsFile) ? File.ReadAllText(layout.DocsFile).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        files.Add(new GeneratedFile(layout.DocsFile, DocsEmitter.Emit(docs, models)));
        return files;
    }

    private static GeneratedFile Model(RepositoryLayout layout, string typeName, string content) =>
        new(Path.Combine(layout.ModelsDirectory, typeName + ".g.cs"), content);
}
