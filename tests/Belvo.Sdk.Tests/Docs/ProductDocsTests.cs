using System.Text.RegularExpressions;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Docs;

/// <summary>
/// Keeps the C# blocks of the product pages identical to the ones <see cref="ProductDocSnippets"/> compiles, so a
/// renamed type or method breaks the build instead of the docs; and keeps the pages listed where readers look.
/// </summary>
public sealed partial class ProductDocsTests
{
    public static TheoryData<string> Pages => new() { "brazil-open-finance.md", "employment.md", "fiscal.md", "enrichment.md", "banking.md" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_csharp_block_of_the_page_is_a_compiled_snippet_and_every_snippet_is_shown(string page)
    {
        var docs = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "docs", page));
        var source = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "tests", "Belvo.Sdk.Tests", "Docs", "ProductDocSnippets.cs"));

        var shown = CsharpBlock().Matches(docs).Select(m => Normalise(m.Groups["code"].Value)).ToList();
        var compiled = Region().Matches(source)
            .Where(m => m.Groups["page"].Value == page)
            .Select(m => Normalise(m.Groups["code"].Value))
            .ToList();

        Assert.NotEmpty(compiled);
        foreach (var block in shown)
        {
            Assert.True(compiled.Contains(block), $"docs/{page} shows a C# block that ProductDocSnippets.cs does not compile:\n{block}");
        }

        foreach (var snippet in compiled)
        {
            Assert.True(shown.Contains(snippet), $"docs/{page} no longer shows this compiled snippet:\n{snippet}");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_is_linked_from_the_README(string page)
    {
        var readme = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "README.md"));

        Assert.Contains($"(docs/{page})", readme, StringComparison.Ordinal);
    }

    // Removes the snippet's own indentation (its method body's) and trailing spaces, so both sides compare as text.
    private static string Normalise(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l)).Trim('\n');
    }

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"// docs/(?<page>[a-z-]+\.md)#(?<name>[a-z-]+): begin\r?\n(?<code>.*?)^\s*// docs/\k<page>#\k<name>: end", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Region();
}
