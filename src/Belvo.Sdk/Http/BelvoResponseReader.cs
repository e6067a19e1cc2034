using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>Reads a successful body with the source-generated JSON metadata, turning a malformed body into a <see cref="BelvoException"/>.</summary>
internal static class BelvoResponseReader
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was JSON null.");
            }
            catch (JsonException ex)
            {
                throw await CreateUnreadableBodyExceptionAsync(response, typeof(T), ex, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static async Task<BelvoException> CreateUnreadableBodyExceptionAsync(
        HttpResponseMessage response,
        Type? expected,
        Exception cause,
        CancellationToken cancellationToken)
    {
        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var snippet = body.Length > BelvoErrorParser.MaxSnippetLength ? body[..BelvoErrorParser.MaxSnippetLength] + "…" : body;
        return new BelvoException(
            $"Belvo answered {(int)response.StatusCode} to {response.RequestMessage?.DescribeTarget()} but the body could not be read as {(expected is null ? "the documented JSON" : expected.Name)}: {cause.Message} Body: {snippet.ReplaceLineEndings(" ")}",
            new BelvoErrorResponse(
                response.StatusCode,
                [],
                body.Length > BelvoErrorParser.MaxRawBodyLength ? body[..BelvoErrorParser.MaxRawBodyLength] : body,
                response.RequestMessage?.Method.Method,
                response.RequestMessage?.RequestUri?.PathAndQuery),
            cause);
    }
}
