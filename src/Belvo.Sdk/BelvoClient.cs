using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Http;
using Belvo.Sdk.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk;

/// <summary>
/// The Belvo API client: one property per resource, each call one typed method, plus <see cref="SendAsync(HttpMethod, string, JsonNode?, BelvoRequestOptions?, CancellationToken)"/>
/// for endpoints the SDK does not model yet. Thread-safe: create one and reuse it (or register it with
/// <c>services.AddBelvoClient(...)</c>, which makes it a singleton). Constructing it sends nothing, and it keeps the
/// settings it was built with: changing the options afterwards does not change it.
/// </summary>
// RS0026 (several overloads with optional parameters): the two SendAsync overloads differ by a required parameter, the
// response metadata, so a call can never bind to the other one when a parameter is added later.
#pragma warning disable RS0026
public sealed partial class BelvoClient : IBelvoClient, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> whose handlers <c>AddBelvoClient</c> uses as the transport.</summary>
    public const string HttpClientName = "Belvo.Sdk";

    private readonly HttpClient _httpClient;
    private readonly BelvoPipeline _pipeline;

    /// <summary>
    /// Creates a client with its own connection pool and Belvo's handlers (retries, timeouts, logging). Dispose it when
    /// done, or prefer one long-lived instance.
    /// </summary>
    /// <param name="options">The secret keys, environment and policies; copied, so later changes do not affect the client.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for timeouts and retry waits; the system clock when <see langword="null"/>.</param>
    /// <exception cref="OptionsValidationException">The options are incomplete or unsafe; the message says how to fix them.</exception>
    public BelvoClient(BelvoClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(options, new BelvoPipelineOptions { LoggerFactory = loggerFactory, TimeProvider = timeProvider })
    {
    }

    /// <summary>
    /// Creates a client whose request path you extend: a transport of your own (a proxy, a test handler) and handlers
    /// that run once per call or once per attempt.
    /// </summary>
    /// <param name="options">The secret keys, environment and policies; copied, so later changes do not affect the client.</param>
    /// <param name="pipeline">The transport, your handlers, the logger factory and the clock.</param>
    /// <exception cref="OptionsValidationException">The options are incomplete or unsafe; the message says how to fix them.</exception>
    public BelvoClient(BelvoClientOptions options, BelvoPipelineOptions pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var frozen = Validate(options).Freeze();
        var timeProvider = pipeline.TimeProvider ?? TimeProvider.System;
        _httpClient = HandlerChain.CreateHttpClient(frozen, pipeline, timeProvider);
        _pipeline = new BelvoPipeline(_httpClient, frozen, timeProvider)
        {
            Telemetry = new ClientTelemetry(_httpClient.BaseAddress!, pipeline.MeterFactory, pipeline.LoggerFactory),
        };
    }

    /// <inheritdoc />
    public Task<BelvoResponse<JsonElement>> SendAsync(
        HttpMethod method,
        string path,
        JsonNode? body = null,
        BelvoRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default) =>
        SendRawAsync(method, path, body, new AnyJsonBody(BelvoJson.Read<System.Text.Json.JsonElement>()), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<BelvoResponse<T>> SendAsync<T>(
        HttpMethod method,
        string path,
        JsonTypeInfo<T> responseType,
        JsonNode? body = null,
        BelvoRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        return SendRawAsync(method, path, body, new JsonBody<T>(responseType), requestOptions, cancellationToken);
    }

    /// <summary>Releases the connection pool, the handlers and the transport.</summary>
    public void Dispose() => _httpClient.Dispose();

    private async Task<BelvoResponse<T>> SendRawAsync<T>(
        HttpMethod method, string path, JsonNode? body, BodyReader<T> reader, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        var uri = _pipeline.ResolveTrusted(path, "path");
        var call = new BelvoCall(BelvoOperation.Raw(method, uri.AbsolutePath), requestOptions, captureResponse: true);
        var content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var value = await _pipeline.SendAsync(
            call,
            (Pipeline: _pipeline, Method: method, Uri: uri, Content: content),
            static (state, sending, ct) => state.Pipeline.SendRequestAsync(state.Method, state.Uri, state.Content, sending, ct),
            reader,
            cancellationToken).ConfigureAwait(false);
        return new BelvoResponse<T>(value, call.Response!);
    }

    private static BelvoClientOptions Validate(BelvoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new BelvoClientOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(BelvoClientOptions), result.Failures);
        }

        return options;
    }
}
#pragma warning restore RS0026
