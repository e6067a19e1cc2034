using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Generator.Output;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Every file one run produces: a file per type, the JSON context part and the docs name tables.</summary>
internal static class FileSet
{
    public const string ModelsNamespace = "Belvo.Sdk.Models";

    public static IReadOnlyList<GeneratedFile> Create(ModelSet models, OperationSet operations, RepositoryLayout layout)
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

        var readable = models.Records.Where(ReaderEmitter.HasReader).ToList();
        var readers = readable.Select(record => record.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var record in readable)
        {
            files.Add(Reader(layout, record.Name, ReaderEmitter.EmitRecord(record, readers, ModelsNamespace)));
        }

        foreach (var model in models.Enums)
        {
            files.Add(Reader(layout, model.Name, ReaderEmitter.EmitEnum(model, ModelsNamespace)));
        }

        files.Add(new GeneratedFile(Path.Combine(layout.ReadersDirectory, "GeneratedReaders.g.cs"), ReaderEmitter.EmitFactory(readable, ModelsNamespace)));

        foreach (var resource in operations.Resources)
        {
            var emitter = new ResourceEmitter(resource, models);
            files.Add(Resource(layout, resource, resource.Api, emitter.EmitApi()));
            files.Add(Resource(layout, resource, resource.Interface, emitter.EmitInterface()));
            files.Add(Resource(layout, resource, resource.Class, emitter.EmitClient()));
            foreach (var paged in resource.Operations.Where(operation => operation.ListOptions is not null))
            {
                files.Add(Resource(layout, resource, paged.ListOptions!, ListOptionsEmitter.Emit(resource, paged)));
            }
        }

        files.Add(new GeneratedFile(Path.Combine(layout.ResourcesDirectory, "IBelvoClient.g.cs"), FacadeEmitter.EmitInterface(operations)));
        files.Add(new GeneratedFile(Path.Combine(layout.ResourcesDirectory, "BelvoClient.g.cs"), FacadeEmitter.EmitClient(operations)));
        files.Add(new GeneratedFile(Path.Combine(layout.ResourcesDirectory, "BelvoResourceRegistrations.g.cs"), FacadeEmitter.EmitRegistrations(operations)));
        files.Add(new GeneratedFile(layout.ContextFile, ContextEmitter.Emit(models, operations, ModelsNamespace)));
        var docs = File.Exists(layout.DocsFile) ? File.ReadAllText(layout.DocsFile).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        files.Add(new GeneratedFile(layout.DocsFile, DocsEmitter.Emit(docs, models)));
        return files;
    }

    private static GeneratedFile Resource(RepositoryLayout layout, ResourceModel resource, string typeName, string content) =>
        new(Path.Combine(layout.ResourcesDirectory, resource.Name, typeName + ".g.cs"), content);

    private static GeneratedFile Reader(RepositoryLayout layout, string typeName, string content) =>
        new(Path.Combine(layout.ReadersDirectory, ReaderEmitter.ReaderName(typeName) + ".g.cs"), content);

    private static GeneratedFile Model(RepositoryLayout layout, string typeName, string content) =>
        new(Path.Combine(layout.ModelsDirectory, typeName + ".g.cs"), content);
}
