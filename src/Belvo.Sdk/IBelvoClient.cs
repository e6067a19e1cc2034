using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Belvo.Sdk;

/// <summary>
/// The Belvo API, one property per resource (see the generated part), and a way to call any endpoint with the same
/// authentication, retries, timeouts, logging and errors. Implemented by <see cref="BelvoClient"/>; mock this
/// interface (or the resource interfaces) in your own tests.
/// </summary>
// RS0026 (several overloads with optional parameters): the two SendAsync overloads differ by a required parameter, the
// response metadata, so a call can never bind to the other one when a parameter is added later.
#pragma warning disable RS0026
public partial interface IBelvoClient
{
    /// <summary>
    /// Sends any request to Belvo through the client's request path — for an endpoint or a field the SDK does not model
    /// yet. The answer is read as JSON; a failed answer throws the same <see cref="Errors.BelvoException"/> subtypes as
    /// every typed method.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path with its trailing slash (and query, if any), for example <c>/api/links/?page_size=10</c>; an absolute URL must be on the configured base address.</param>
    /// <param name="body">The JSON body to send, if any.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer as a <see cref="JsonElement"/> (<c>default</c> when the body is empty, as for 204), with the response metadata.</returns>
    /// <exception cref="Errors.BelvoException">Belvo answered with an error, or could not be reached.</exception>
    Task<BelvoResponse<JsonElement>> SendAsync(HttpMethod method, string path, JsonNode? body = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any request to Belvo through the client's request path and reads the answer as <typeparamref name="T"/>
    /// with the source-generated metadata you pass (for example <c>MyJsonContext.Default.MyType</c>).
    /// </summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path with its trailing slash (and query, if any); an absolute URL must be on the configured base address.</param>
    /// <param name="responseType">How to read the answer.</param>
    /// <param name="body">The JSON body to send, if any.</param>
    /// <param name="requestOptions">Settings for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer, with the response metadata.</returns>
    /// <exception cref="Errors.BelvoException">Belvo answered with an error, could not be reached, or the answer was not a <typeparamref name="T"/>.</exception>
    Task<BelvoResponse<T>> SendAsync<T>(HttpMethod method, string path, JsonTypeInfo<T> responseType, JsonNode? body = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
#pragma warning restore RS0026
