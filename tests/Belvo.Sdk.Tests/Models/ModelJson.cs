using System.Text.Json;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Reads and writes models through <c>BelvoJsonContext</c>, as the SDK does.</summary>
internal static class ModelJson
{
    public static T Read<T>(string json) =>
        (T)(JsonSerializer.Deserialize(json, BelvoSpec.TypeInfo(typeof(T))) ?? throw new InvalidOperationException("The JSON was null."));

    /// <summary>Reads a spec example by its key ("METHOD /path status example-name").</summary>
    public static T Example<T>(string key) => Read<T>(SpecExamples.Responses[key].Json);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, BelvoSpec.TypeInfo(typeof(T)));
}
