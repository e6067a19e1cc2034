using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Belvo.Sdk.Serialization;

/// <summary>The SDK's JSON settings in one place: how responses are read, and how requests are written.</summary>
internal static class BelvoJson
{
    /// <summary>
    /// Gets the options every request body is written with: <see cref="BelvoJsonContext"/> for the spec's types plus
    /// <see cref="HandWrittenJsonContext"/>, without reflection. Made on first use, so reading never pays for it.
    /// </summary>
    public static JsonSerializerOptions Options => Writing.Options;

    /// <summary>
    /// Gets the metadata a response of type <typeparamref name="T"/> is read with: <see cref="BelvoJsonContext"/>'s
    /// settings, with each record Belvo returns read by its generated reader (<see cref="GeneratedReaders"/>)
    /// instead of per-property metadata. Made once per type.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <returns>The metadata.</returns>
    public static JsonTypeInfo<T> Read<T>() => ReadType<T>.Info;

    /// <summary>Gets the metadata a response of <paramref name="type"/> is read with (as <see cref="Read{T}"/>), by type.</summary>
    /// <param name="type">The type read.</param>
    /// <returns>The metadata.</returns>
    public static JsonTypeInfo Read(Type type) => Reading.Options.GetTypeInfo(type);

    private static class Reading
    {
        public static JsonSerializerOptions Options { get; } = Create();

        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions(BelvoJsonContext.Default.Options)
            {
                TypeInfoResolver = JsonTypeInfoResolver.Combine(new GeneratedReaders(), BelvoJsonContext.Default),
            };
            options.MakeReadOnly();
            return options;
        }
    }

    private static class ReadType<T>
    {
        public static JsonTypeInfo<T> Info { get; } = (JsonTypeInfo<T>)Reading.Options.GetTypeInfo(typeof(T));
    }

    private static class Writing
    {
        public static JsonSerializerOptions Options { get; } = new(BelvoJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BelvoJsonContext.Default, HandWrittenJsonContext.Default),
        };
    }
}
