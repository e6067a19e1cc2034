using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Http;

/// <summary>What a handler answers: a status code and either a JSON body, a raw text body or nothing.</summary>
internal sealed class ApiResponse
{
    public required int StatusCode { get; init; }

    public JsonNode? Json { get; init; }

    public string? Text { get; init; }

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static ApiResponse FromJson(int statusCode, JsonNode json) => new() { StatusCode = statusCode, Json = json };

    public static ApiResponse NoContent() => new() { StatusCode = 204 };
}
