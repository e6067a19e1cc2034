using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// Reads a successful answer in its operation's <see cref="ResponseMode"/>, straight from the network stream with
/// source-generated metadata. Every way a body can be unusable (empty, JSON <c>null</c>, truncated, HTML, a value
/// out of range, the wrong shape) becomes an <see cref="UnreadableAnswerException"/> raised by the pipeline with the
/// status, method, path and a snippet; nothing else escapes.
/// </summary>
/// <typeparam name="T">What the operation returns.</typeparam>
internal abstract class BodyReader<T>
{
    /// <summary>Gets the mode, for traces and tests.</summary>
    public abstract ResponseMode Mode { get; }

    /// <summary>Gets the name of what is expected, for messages.</summary>
    public abstract string Expected { get; }

    /// <summary>Reads the value; throws <see cref="UnreadableAnswerException"/> (or a serializer exception) when it cannot.</summary>
    public abstract ValueTask<T> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken);

    protected static UnreadableAnswerException Empty() => new("an empty body");

    protected static UnreadableAnswerException Null(string expected) => new($"JSON null where {expected} was expected");
}

/// <summary>Why a successful answer's body could not be used; turned into a <see cref="BelvoException"/> by the pipeline.</summary>
internal sealed class UnreadableAnswerException(string reason) : Exception(reason);

/// <summary>Reads one JSON value of the declared type.</summary>
internal sealed class JsonBody<T>(JsonTypeInfo<T> type) : BodyReader<T>
{
    public override ResponseMode Mode => ResponseMode.Json;

    public override string Expected => type.Type.Name;

    public override async ValueTask<T> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken)
    {
        if (body.FirstSignificantByte == 0)
        {
            throw Empty();
        }

        return await JsonSerializer.DeserializeAsync(body, type, cancellationToken).ConfigureAwait(false)
            ?? throw Null(Expected);
    }
}

/// <summary>Reads a list that Belvo sometimes answers as a single object, which becomes a one-item list.</summary>
internal sealed class ListOrSingleBody<T>(JsonTypeInfo<IReadOnlyList<T>> list, JsonTypeInfo<T> item) : BodyReader<IReadOnlyList<T>>
{
    public override ResponseMode Mode => ResponseMode.ListOrSingle;

    public override string Expected => $"a list of {typeof(T).Name}";

    public override async ValueTask<IReadOnlyList<T>> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken) =>
        body.FirstSignificantByte switch
        {
            (byte)'[' => await JsonSerializer.DeserializeAsync(body, list, cancellationToken).ConfigureAwait(false) ?? throw Null(Expected),
            (byte)'{' => [await JsonSerializer.DeserializeAsync(body, item, cancellationToken).ConfigureAwait(false) ?? throw Null(Expected)],
            0 => throw Empty(),
            (byte)'n' => throw Null(Expected),
            _ => throw new UnreadableAnswerException($"neither a JSON array nor an object where {Expected} was expected"),
        };
}

/// <summary>Reads one object that Belvo sometimes answers as a one-item array.</summary>
internal sealed class SingleOrListBody<T>(JsonTypeInfo<IReadOnlyList<T>> list, JsonTypeInfo<T> item) : BodyReader<T>
{
    public override ResponseMode Mode => ResponseMode.SingleOrList;

    public override string Expected => typeof(T).Name;

    public override async ValueTask<T> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken)
    {
        switch (body.FirstSignificantByte)
        {
            case (byte)'{':
                return await JsonSerializer.DeserializeAsync(body, item, cancellationToken).ConfigureAwait(false) ?? throw Null(Expected);
            case (byte)'[':
                var items = await JsonSerializer.DeserializeAsync(body, list, cancellationToken).ConfigureAwait(false) ?? throw Null(Expected);
                return items.Count == 1
                    ? items[0]
                    : throw new UnreadableAnswerException($"{items.Count} {Expected} items where one was expected");
            case 0:
                throw Empty();
            case (byte)'n':
                throw Null(Expected);
            default:
                throw new UnreadableAnswerException($"neither a JSON object nor an array where {Expected} was expected");
        }
    }
}

/// <summary>Reads one page of a list.</summary>
internal sealed class PageBody<T>(JsonTypeInfo<BelvoPage<T>> page) : BodyReader<BelvoPage<T>>
{
    public override ResponseMode Mode => ResponseMode.Page;

    public override string Expected => $"a page of {typeof(T).Name}";

    public override async ValueTask<BelvoPage<T>> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken)
    {
        if (body.FirstSignificantByte == 0)
        {
            throw Empty();
        }

        var value = await JsonSerializer.DeserializeAsync(body, page, cancellationToken).ConfigureAwait(false) ?? throw Null(Expected);
        return value.Results is null
            ? throw new UnreadableAnswerException($"a page without results where {Expected} was expected")
            : value;
    }
}

/// <summary>Reads nothing: the operation answers 204 No Content.</summary>
internal sealed class NoBody : BodyReader<NoBody.Nothing>
{
    public static readonly NoBody Instance = new();

    public override ResponseMode Mode => ResponseMode.None;

    public override string Expected => "no content";

    public override ValueTask<Nothing> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken) => ValueTask.FromResult(Nothing.Value);

    /// <summary>The value of an operation that returns nothing.</summary>
    internal sealed class Nothing
    {
        public static readonly Nothing Value = new();

        private Nothing()
        {
        }
    }
}

/// <summary>Reads any JSON value as a <see cref="JsonElement"/> (raw calls); an empty body reads as <c>default</c>.</summary>
internal sealed class AnyJsonBody(JsonTypeInfo<JsonElement> type) : BodyReader<JsonElement>
{
    public override ResponseMode Mode => ResponseMode.Json;

    public override string Expected => "JSON";

    public override async ValueTask<JsonElement> ReadAsync(ResponseBodyStream body, CancellationToken cancellationToken) =>
        body.FirstSignificantByte == 0
            ? default
            : await JsonSerializer.DeserializeAsync(body, type, cancellationToken).ConfigureAwait(false);
}
