using Belvo.Sdk.Generator;
using Belvo.Sdk.Generator.Emit;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Generator.Output;
using Belvo.Sdk.Generator.Spec;

try
{
    var options = GeneratorOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(GeneratorOptions.Usage);
        return 0;
    }

    var layout = RepositoryLayout.Find(Environment.CurrentDirectory);
    var overlay = Overlay.Load(layout.Overlay);
    var document = SpecSource.Load(layout.SpecDirectory, overlay.Spec, overlay.Legacy);
    var models = ModelBuilder.Build(
        document,
        root => OperationBuilder.InlineRootName(overlay, root),
        root => OperationBuilder.IsGenerated(overlay, root));
    var operations = OperationBuilder.Build(document, models, overlay);
    foreach (var warning in models.Warnings)
    {
        Console.Error.WriteLine($"spec: {warning}");
    }

    var files = FileSet.Create(models, operations, layout);
    var relative = (string path) => Path.GetRelativePath(layout.Root, path).Replace('\\', '/');
    if (options.Check)
    {
        var differences = OutputWriter.Differences(files, layout.OwnedDirectories);
        foreach (var path in differences)
        {
            Console.WriteLine($"out of date: {relative(path)}");
        }

        Console.WriteLine(differences.Count == 0
            ? $"Generated code is up to date ({files.Count} files)."
            : $"{differences.Count} generated file(s) differ; run `dotnet run --project tools/Belvo.Sdk.Generator`.");
        return differences.Count == 0 ? 0 : 1;
    }

    var touched = OutputWriter.Write(files, layout.OwnedDirectories);
    foreach (var path in touched)
    {
        Console.WriteLine($"wrote: {relative(path)}");
    }

    Console.WriteLine(Statistics.Describe(models, operations, files.Count, touched.Count));
    return 0;
}
catch (Exception error) when (error is ArgumentException or IOException or InvalidDataException or InvalidOperationException or NotSupportedException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 2;
}
