using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Belvo.Sdk.Generator.Spec;

/// <summary>
/// Turns a YAML document into JSON nodes, resolving plain scalars with the YAML 1.2 core schema (null, booleans,
/// integers, floats) and keeping every quoted scalar a string, so examples keep the types their authors wrote.
/// <c>.nan</c> and <c>.inf</c> become <c>null</c>, since JSON cannot hold them.
/// </summary>
internal static partial class YamlToJson
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static JsonNode Convert(TextReader yaml)
    {
        var stream = new YamlStream();
        stream.Load(yaml);
        if (stream.Documents.Count != 1)
        {
            throw new InvalidDataException($"Expected one YAML document but found {stream.Documents.Count}.");
        }

        return ConvertNode(stream.Documents[0].RootNode)
            ?? throw new InvalidDataException("The YAML document is empty.");
    }

    private static JsonNode? ConvertNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ConvertMapping(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ConvertNode)]),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node at {node.Start}."),
    };

    private static JsonObject ConvertMapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value
                ?? throw new InvalidDataException($"Only scalar keys are supported (at {key.Start}).");
            result.Add(name, ConvertNode(value));
        }

        return result;
    }

    private static JsonValue? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var taggedString = !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == StringTag;
        var isPlain = scalar.Style == ScalarStyle.Plain && !taggedString;
        return isPlain ? ResolvePlain(text) : JsonValue.Create(text);
    }

    private static JsonValue? ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;

            // YAML's not-a-number and infinities have no JSON spelling; Belvo's spec uses `.nan` for "no value".
            case ".nan" or ".NaN" or ".NAN" or ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
