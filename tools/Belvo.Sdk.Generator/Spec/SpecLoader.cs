using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Belvo.Sdk.Generator.Spec;

/// <summary>Loads Belvo's OpenAPI description into the Microsoft.OpenApi object model.</summary>
internal static class SpecLoader
{
    public static OpenApiDocument Load(string path)
    {
        string json;
        using (var reader = File.OpenText(path))
        {
            json = YamlToJson.Convert(reader).ToJsonString();
        }

        var result = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());
        var errors = result.Diagnostic?.Errors ?? [];
        if (errors.Count > 0)
        {
            throw new InvalidDataException(
                $"{path} is not a valid OpenAPI document:{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
        }

        return result.Document ?? throw new InvalidDataException($"{path} holds no OpenAPI document.");
    }
}
