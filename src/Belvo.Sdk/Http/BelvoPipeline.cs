using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;
using Refit;

namespace Belvo.Sdk.Http;

/// <summary>
/// The one request path every call takes, followed pages and raw calls included: build the request (a generated
/// Refit method, or <see cref="SendRequestAsync"/>) → the handler chain (retries, logging, timeouts, the transport)
/// → classify a failed answer once (<see cref="BelvoFailureTable"/>) → read a successful body in the operation's
/// <see cref="ResponseMode"/>. Nothing but a <see cref="BelvoException"/> (or the caller's cancellation) leaves it.
/// </summary>
internal sealed partial class BelvoPipeline
{
    // One settings instance (and so one JSON metadata cache) for every client. The Refit methods return the raw
    // HttpResponseMessage: Refit builds and sends the request, this class reads the answer.
    private static readonly RefitSettings RefitSettings = new()
    {
        ContentSerializer = new DeferredContentSerializer(),

        // Failures reach this class unchanged (Refit would wrap them in its own ApiRequestException).
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;

    public BelvoPipeline(HttpClient httpClient, BelvoClientOptions options, TimeProvider timeProvider)
    {
        _httpClient = httpClient;
        Options = options;
        _timeProvider = timeProvider;
        BaseAddress = httpClient.BaseAddress ?? throw new InvalidOperationException("The Belvo HttpClient has no base address.");
    }

    /// <summary>Gets the client's options, frozen when the client was built.</summary>
    public BelvoClientOptions Options { get; }

    public Uri BaseAddress { get; }

    /// <summary>Creates the generated Refit implementation of a resource's interface over this pipeline's client.</summary>
    public TApi CreateApi<TApi>() => RestService.ForGenerated<TApi>(_httpClient, RefitSettings);

    /// <summary>Sends one call and reads its answer; see the class summary. <see cref="SendAsync{TState, T}"/> observes it.</summary>
    /// <typeparam name="TState">What <paramref name="send"/> needs, passed without a closure.</typeparam>
    /// <typeparam name="T">What the call returns.</typeparam>
    private async Task<T> SendCoreAsync<TState, T>(
        BelvoCall call,
        TState state,
        Func<TState, BelvoCall, CancellationToken, Task<HttpResponseMessage>> send,
        BodyReader<T> reader,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(state, call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (TransportFailures.Map(ex, call, cancellationToken) is { } mapped)
        {
            call.EndAttempt();
            throw mapped;
        }
        catch
        {
            call.EndAttempt();
            throw;
        }

        try
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = ReferenceEquals(call.ParsedErrorFor, response)
                    ? call.ParsedError!
                    : await BelvoErrorParser.ReadAsync(response, _timeProvider.GetUtcNow(), call.AttemptToken).ConfigureAwait(false);
                throw BelvoErrorParser.CreateException(error);
            }

            return await ReadAsync(response, call, reader).ConfigureAwait(false);
        }
        catch (Exception ex) when (TransportFailures.Map(ex, call, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            call.EndAttempt();
            response.Dispose();
        }
    }

    /// <summary>Sends a request built here rather than by Refit: a followed page or a raw call.</summary>
    public Task<HttpResponseMessage> SendRequestAsync(HttpMethod method, Uri uri, HttpContent? content, BelvoCall call, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        call.AttachTo(request);
        return _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>
    /// Resolves a page link or raw path against the base address, refusing any other scheme, host or port so the
    /// secret keys are never sent elsewhere.
    /// </summary>
    /// <param name="target">An absolute URL or a path (with its query).</param>
    /// <param name="what">What the target is, for the message.</param>
    /// <returns>The absolute URL.</returns>
    public Uri ResolveTrusted(string target, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (!Uri.TryCreate(BaseAddress, target, out var uri))
        {
            throw new ArgumentException($"The {what} '{target}' is not a URL or a path.", nameof(target));
        }

        if (!BelvoRedirectGuard.SameOrigin(uri, BaseAddress))
        {
            throw new BelvoException(
                $"Refused to send the {what} '{uri.GetLeftPart(UriPartial.Path)}': it points outside the configured base address " +
                $"{BaseAddress.GetLeftPart(UriPartial.Authority)}, and sending it would send the secret keys there. " +
                "If Belvo is reached through a proxy, set BelvoClientOptions.BaseAddress to the address Belvo's links use.");
        }

        return uri;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, BelvoCall call, BodyReader<T> reader)
    {
        var token = call.AttemptToken;
        string? rawBody = null;
        var content = response.Content;
        if (call.RequestOptions?.IncludeRawBody == true && reader.Mode != ResponseMode.None)
        {
            rawBody = await content.ReadAsStringAsync(token).ConfigureAwait(false);
        }

        T value;
        if (reader.Mode == ResponseMode.None)
        {
            value = await reader.ReadAsync(null!, token).ConfigureAwait(false);
        }
        else
        {
            var body = await ResponseBodyStream.OpenAsync(content, token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                try
                {
                    value = await reader.ReadAsync(body, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsUnreadable(ex))
                {
                    throw Unreadable(response, reader, ex, rawBody ?? body.Snippet(BelvoErrorParser.MaxSnippetLength), rawBody);
                }
            }
        }

        if (call.CaptureResponse)
        {
            call.Response = new BelvoResponse(response.StatusCode, response.Headers, RequestIdOf(response, value), rawBody);
        }

        return value;
    }

    private static bool IsUnreadable(Exception exception) =>
        exception is UnreadableAnswerException or JsonException or NotSupportedException or InvalidOperationException
            or FormatException or OverflowException or ArgumentException or InvalidCastException or KeyNotFoundException;

    private static BelvoException Unreadable<T>(HttpResponseMessage response, BodyReader<T> reader, Exception cause, string snippet, string? rawBody)
    {
        var request = response.RequestMessage;
        var reason = cause is UnreadableAnswerException ? cause.Message : $"the body could not be read as {reader.Expected}: {cause.Message}";
        var quoted = string.IsNullOrEmpty(snippet) ? string.Empty : $" Body: {Snippet(snippet)}";
        return new BelvoException(
            $"Belvo answered {(int)response.StatusCode} to {request?.DescribeTarget()} with {reason}.{quoted}",
            new BelvoErrorResponse(
                response.StatusCode,
                [],
                rawBody ?? snippet,
                request?.Method.Method,
                request?.RequestUri?.PathAndQuery),
            cause);
    }

    private static string Snippet(string text) =>
        (text.Length > BelvoErrorParser.MaxSnippetLength ? text[..BelvoErrorParser.MaxSnippetLength] + "…" : text).ReplaceLineEndings(" ");

    private static string? RequestIdOf<T>(HttpResponseMessage response, T value) =>
        value is AsyncRequestAccepted accepted && !string.IsNullOrEmpty(accepted.RequestId)
            ? accepted.RequestId
            : response.Headers.TryGetValues("X-Request-Id", out var values) ? values.FirstOrDefault() : null;
}
