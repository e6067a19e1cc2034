using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Belvo.Sdk.Serialization;

/// <summary>The SDK's JSON settings in one place: the generated context for the spec's types plus the hand-written one.</summary>
internal static class BelvoJson
{
    /// <summary>Gets the metadata of every type the spec describes.</summary>
    public static BelvoJsonContext Context => BelvoJsonContext.Default;

    /// <summary>Gets options that resolve every type the SDK sends or reads, without reflection.</summary>
    public static JsonSerializerOptions Options { get; } = new(BelvoJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(BelvoJsonContext.Default, HandWrittenJsonContext.Default),
    };
}
