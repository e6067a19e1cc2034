using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>What the per-attempt handlers (logging, telemetry) read from an answer: its request id, and a failed answer's body, parsed once.</summary>
internal static class AttemptDetails
{
    /// <summary>Gets the <c>X-Request-Id</c> header of an answer, if it has one.</summary>
    public static string? HeaderRequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Request-Id", out var values) ? values.FirstOrDefault() : null;

    /// <summary>
    /// Gets an answer's request id: the <c>X-Request-Id</c> header, else for a failed answer the <c>request_id</c> of its
    /// error body (parsed once, see <see cref="ReadErrorOnceAsync"/>). A call sent outside the SDK's request path has no
    /// <see cref="BelvoCall"/>, and its body is left alone.
    /// </summary>
    public static async ValueTask<string?> RequestIdAsync(BelvoCall? call, HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (HeaderRequestId(response) is { } header)
        {
            return header;
        }

        if (call is null || response.IsSuccessStatusCode)
        {
            return null;
        }

        var error = await ReadErrorOnceAsync(call, response, timeProvider).ConfigureAwait(false);
        return error.Errors.FirstOrDefault(e => e.RequestId is not null)?.RequestId;
    }

    /// <summary>
    /// Parses a failed answer's body, or returns the parse the call already holds for it, and leaves it on the call so
    /// that the retry handler and the pipeline use it rather than reading the body again. The read is bounded by the
    /// attempt's deadline; when it fails the answer is disposed and the failure is the attempt's.
    /// </summary>
    public static async ValueTask<BelvoErrorResponse> ReadErrorOnceAsync(BelvoCall call, HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (ReferenceEquals(call.ParsedErrorFor, response))
        {
            return call.ParsedError!;
        }

        try
        {
            var error = await BelvoErrorParser.ReadAsync(response, timeProvider.GetUtcNow(), call.AttemptToken).ConfigureAwait(false);
            call.RememberParsedError(response, error);
            return error;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
