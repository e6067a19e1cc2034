namespace Belvo.Sdk.Generator;

/// <summary>Where the generator reads and writes, relative to the repository root (the folder holding Belvo.Sdk.sln).</summary>
internal sealed record RepositoryLayout(string Root)
{
    public const string SolutionFile = "Belvo.Sdk.sln";

    public string ModelsDirectory => Path.Combine(Root, "src", "Belvo.Sdk", "Models", "Generated");

    public string ResourcesDirectory => Path.Combine(Root, "src", "Belvo.Sdk", "Resources", "Generated");

    /// <summary>Gets the folder of the descriptions and the overlay.</summary>
    public string SpecDirectory => Path.Combine(Root, "spec");

    public string Overlay => Path.Combine(SpecDirectory, "operations.yaml");

    /// <summary>The folders the generator owns: a <c>*.g.cs</c> in them that it would no longer write is stale.</summary>
    public string ReadersDirectory => Path.Combine(Root, "src", "Belvo.Sdk", "Serialization", "Generated");

    public IReadOnlyList<string> OwnedDirectories => [ModelsDirectory, ResourcesDirectory, ReadersDirectory];

    public string ContextFile => Path.Combine(Root, "src", "Belvo.Sdk", "Serialization", "BelvoJsonContext.Models.g.cs");

    public string DocsFile => Path.Combine(Root, "docs", "generator.md");

    /// <summary>Finds the root by walking up from <paramref name="start"/> until a folder holds the solution file.</summary>
    public static RepositoryLayout Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} in {start} or any folder above it.");
    }
}
