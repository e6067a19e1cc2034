using Belvo.Sdk.Errors;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace Belvo.Sdk.Http;

/// <summary>
/// What every resource client shares: the configured <see cref="HttpClient"/>, the Refit settings that turn
/// failed answers into <see cref="BelvoException"/>s, and the page reader.
/// </summary>
internal sealed class BelvoConnection
{
    // One settings instance (and so one JSON metadata cache) for every client: DI creates IBelvoClient per
    // resolve, and rebuilding serializer options each time would throw the warmed-up metadata away.
    private static readonly RefitSettings Settings = new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(new JsonSerializerOptions(BelvoJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BelvoJsonContext.Default, HandWrittenJsonContext.Default),
        }),
        ExceptionFactory = async response => response.IsSuccessStatusCode
            ? null
            : await BelvoErrorParser.CreateExceptionAsync(response, CancellationToken.None).ConfigureAwait(false),
        TransportExceptionFactory = TransportFailures.ToPublicException,
        DeserializationExceptionFactory = async (response, exception) =>
            await BelvoResponseReader.CreateUnreadableBodyExceptionAsync(response, expected: null, exception, CancellationToken.None).ConfigureAwait(false),
    };

    public BelvoConnection(HttpClient httpClient, BelvoClientOptions options)
    {
        HttpClient = httpClient;
        Options = options;
        Pages = new PageReader(httpClient);
    }

    public HttpClient HttpClient { get; }

    public BelvoClientOptions Options { get; }

    public PageReader Pages { get; }

    public static BelvoJsonContext Json => BelvoJsonContext.Default;

    public T CreateApi<T>() => RestService.ForGenerated<T>(HttpClient, Settings);
}
