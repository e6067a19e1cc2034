namespace Belvo.Sdk.Generator;

/// <summary>The command line: <c>[--check] [--spec PATH]</c>.</summary>
internal sealed record GeneratorOptions(bool Check, string? Spec, bool Help)
{
    public const string Usage = """
        Regenerates Belvo.Sdk's models from the OpenAPI description.

        Usage: dotnet run --project tools/Belvo.Sdk.Generator [-- [--check] [--spec PATH]]

          --check       Write nothing; exit 1 and list the files that differ from what would be written.
          --spec PATH   The OpenAPI description to read (default: spec/belvo-openapi.yaml).
          --help        Show this text.

        Paths are resolved from the repository root, the first folder above the current one holding Belvo.Sdk.sln.
        """;

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var check = false;
        string? spec = null;
        for (var index = 0; index < args.Count; index++)
        {
            switch (args[index])
            {
                case "--check":
                    check = true;
                    break;
                case "--spec" when index + 1 < args.Count:
                    spec = args[++index];
                    break;
                case "--help" or "-h":
                    return new GeneratorOptions(check, spec, Help: true);
                default:
                    throw new ArgumentException($"Unknown argument '{args[index]}'.{Environment.NewLine}{Usage}");
            }
        }

        return new GeneratorOptions(check, spec, Help: false);
    }
}
