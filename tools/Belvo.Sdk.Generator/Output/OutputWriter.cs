namespace Belvo.Sdk.Generator.Output;

/// <summary>
/// Writes the generated files, or in check mode only compares them. The generated folders belong to the
/// generator: a <c>*.g.cs</c> there that it would no longer write is stale and is deleted (or reported).
/// </summary>
internal static class OutputWriter
{
    /// <summary>The paths that differ from what the generator would write, stale files included.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedDirectories) =>
    [
        .. files.Where(file => !file.IsCurrent).Select(file => file.Path)
            .Concat(ownedDirectories.SelectMany(directory => Stale(files, directory)))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Writes what changed, deletes what is stale and returns the paths it touched.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedDirectories)
    {
        var touched = new List<string>();
        foreach (var file in files.Where(file => !file.IsCurrent))
        {
            file.Write();
            touched.Add(file.Path);
        }

        foreach (var path in ownedDirectories.SelectMany(directory => Stale(files, directory)).ToList())
        {
            File.Delete(path);
            touched.Add(path);
        }

        return touched;
    }

    private static IEnumerable<string> Stale(IReadOnlyList<GeneratedFile> files, string ownedDirectory)
    {
        if (!Directory.Exists(ownedDirectory))
        {
            return [];
        }

        var expected = files.Select(file => Path.GetFullPath(file.Path)).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(ownedDirectory, "*.g.cs", SearchOption.AllDirectories)
            .Where(path => !expected.Contains(Path.GetFullPath(path)));
    }
}
