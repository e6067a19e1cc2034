using System.Text;

namespace Belvo.Sdk.Generator.Output;

/// <summary>A file the generator owns, with the exact text it must contain.</summary>
internal sealed record GeneratedFile(string Path, string Content)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public bool IsCurrent => File.Exists(Path) && File.ReadAllText(Path, Utf8NoBom) == Content;

    public void Write()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, Content, Utf8NoBom);
    }
}
