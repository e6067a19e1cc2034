using System.Net;
using System.Security;
using System.Text.RegularExpressions;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Turns a spec description into XML documentation: HTML tags stripped, text XML-escaped, markdown left readable
/// (<c>`code`</c> becomes <c>&lt;c&gt;</c>, links become <c>&lt;see href&gt;</c>), paragraphs kept apart.
/// </summary>
internal static partial class DocComments
{
    /// <summary>Writes a <c>&lt;summary&gt;</c>; <paramref name="fallbackXml"/> (already XML) is used when the spec says nothing.</summary>
    public static void Summary(CodeWriter writer, string? description, string fallbackXml)
    {
        var paragraphs = Paragraphs(description);
        if (paragraphs.Count == 0)
        {
            paragraphs = [[fallbackXml]];
        }

        if (paragraphs is [[var only]] && !IsListItem(only))
        {
            writer.Line($"/// <summary>{only}</summary>");
            return;
        }

        writer.Line("/// <summary>");
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var lines = WithLists(paragraphs[index]);
            if (index == 0)
            {
                lines.ForEach(line => writer.Line($"/// {line}"));
            }
            else if (lines.Count == 1)
            {
                writer.Line($"/// <para>{lines[0]}</para>");
            }
            else
            {
                writer.Line("/// <para>");
                lines.ForEach(line => writer.Line($"/// {line}"));
                writer.Line("/// </para>");
            }
        }

        writer.Line("/// </summary>");
    }

    /// <summary>Turns runs of markdown bullets (<c>- x</c>, <c>* x</c>) into an XML doc bullet list.</summary>
    private static List<string> WithLists(List<string> lines)
    {
        var result = new List<string>();
        var inList = false;
        foreach (var line in lines)
        {
            var isItem = IsListItem(line);
            if (isItem && !inList)
            {
                result.Add("<list type=\"bullet\">");
            }
            else if (!isItem && inList)
            {
                result.Add("</list>");
            }

            inList = isItem;
            result.Add(isItem ? $"<item><description>{line[2..].Trim()}</description></item>" : line);
        }

        if (inList)
        {
            result.Add("</list>");
        }

        return result;
    }

    private static bool IsListItem(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);

    /// <summary>The description as paragraphs of XML-ready lines; empty when there is no text.</summary>
    public static List<List<string>> Paragraphs(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        var text = description.Replace("\r\n", "\n", StringComparison.Ordinal);
        text = BlockTag().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(HtmlTag().Replace(text, string.Empty));
        return
        [
            .. BlankLines().Split(text)
                .Select(paragraph => paragraph.Split('\n').Select(line => Markdown(line.Trim())).Where(line => line.Length > 0).ToList())
                .Where(lines => lines.Count > 0),
        ];
    }

    /// <summary>Escapes a line for XML, then turns markdown code spans and links into their XML doc forms.</summary>
    private static string Markdown(string line)
    {
        var escaped = SecurityElement.Escape(line).Replace("&apos;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);
        escaped = CodeSpan().Replace(escaped, match => $"<c>{match.Groups[1].Value}</c>");
        return Link().Replace(escaped, match => $"<see href=\"{match.Groups[2].Value}\">{match.Groups[1].Value}</see>");
    }

    [GeneratedRegex("</?(div|p|br)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex("\\n\\s*\\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("\\[([^\\]]+)\\]\\((https?://[^)\\s\"]+)\\)")]
    private static partial Regex Link();
}
