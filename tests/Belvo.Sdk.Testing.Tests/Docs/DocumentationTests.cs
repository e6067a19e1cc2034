using System.Net;
using System.Text.RegularExpressions;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests.Docs;

/// <summary>Keeps the xunit fixture that docs/emulator.md shows identical to the one compiled and run here.</summary>
public sealed partial class DocumentationTests
{
    [Fact]
    public void The_fixture_in_the_docs_is_the_one_the_tests_compile()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "Belvo.Sdk.Testing.Tests", "Docs", "BelvoEmulatorFixture.cs"));
        var docs = File.ReadAllText(Path.Combine(root, "docs", "emulator.md"));

        var compiled = SourceRegion().Match(source);
        var shown = DocsBlock().Match(docs);

        Assert.True(compiled.Success, "BelvoEmulatorFixture.cs lost its docs/emulator.md markers");
        Assert.True(shown.Success, "docs/emulator.md has no csharp block under '## An xunit fixture'");
        Assert.Equal(Normalise(compiled.Groups["code"].Value), Normalise(shown.Groups["code"].Value));
    }

    [Fact]
    public async Task Disposing_the_fixture_stops_its_emulator()
    {
        var fixture = new BelvoEmulatorFixture();
        await fixture.InitializeAsync();
        var port = fixture.Emulator.BaseAddress.Port;
        using (var http = fixture.Emulator.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/", UriKind.Relative))).StatusCode);
        }

        await fixture.DisposeAsync();

        Ports.AssertFree(port);
    }

    private static string Normalise(string code) => code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Belvo.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Belvo.Sdk.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"// docs/emulator\.md: begin\r?\n(?<code>.*?)// docs/emulator\.md: end", RegexOptions.Singleline)]
    private static partial Regex SourceRegion();

    [GeneratedRegex(@"^## An xunit fixture\r?\n.*?```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex DocsBlock();
}
