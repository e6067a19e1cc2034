namespace Belvo.Sdk.Generator;

/// <summary>The command line: <c>[--check]</c>.</summary>
internal sealed record GeneratorOptions(bool Check, bool Help)
{
    public const string Usage = """
        Regenerates Belvo.Sdk's operations and models from the OpenAPI descriptions in spec/ and the overlay
        spec/operations.yaml, which pins each description by sha256.

        Usage: dotnet run --project tools/Belvo.Sdk.Generator [-- [--check]]

          --check       Write nothing; exit 1 and list the files that differ from what would be written.
          --help        Show this text.

        Paths are resolved from the repository root, the first folder above the current one holding Belvo.Sdk.sln.
        """;

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var check = false;
        for (var index = 0; index < args.Count; index++)
        {
            switch (args[index])
            {
                case "--check":
                    check = true;
                    break;
                case "--help" or "-h":
                    return new GeneratorOptions(check, Help: true);
                default:
                    throw new ArgumentException($"Unknown argument '{args[index]}'.{Environment.NewLine}{Usage}");
            }
        }

        return new GeneratorOptions(check, Help: false);
    }
}
